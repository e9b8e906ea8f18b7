import { DemoLeftoversError, startServer } from '../../server/main.js';
import { configOrExit } from '../main.js';

export async function startCommand(opts: { demo?: boolean }): Promise<void> {
  const config = configOrExit(opts.demo ? { DEMO: '1' } : {});
  try {
    await startServer(config);
  } catch (error) {
    if (error instanceof DemoLeftoversError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}
