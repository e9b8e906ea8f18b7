import { startServer } from '../../server/main.js';
import { configOrExit } from '../main.js';

export async function startCommand(opts: { demo?: boolean }): Promise<void> {
  const config = configOrExit(opts.demo ? { DEMO: '1' } : {});
  await startServer(config);
}
