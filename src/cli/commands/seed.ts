import { seedDemo } from '../../server/db/demo/seed-demo.js';
import { prepareDatabase } from '../../server/main.js';
import { configOrExit } from '../main.js';

export async function seedCommand(opts: { demo?: boolean }): Promise<void> {
  const database = await prepareDatabase(configOrExit());
  try {
    process.stdout.write('reference data loaded\n');
    if (opts.demo) {
      const { created } = await seedDemo(database.db);
      process.stdout.write(`demo data seeded (${created} new people)\n`);
    }
  } finally {
    await database.close();
  }
}
