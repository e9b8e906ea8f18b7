import { openDatabase } from '../../server/db/client.js';
import { configOrExit } from '../main.js';

export async function migrateCommand(): Promise<void> {
  const config = configOrExit();
  const database = await openDatabase(
    config.database.kind === 'pglite' ? { kind: 'pglite', dataDir: config.database.dataDir } : config.database,
  );
  try {
    await database.migrate();
    const status = await database.migrationStatus();
    process.stdout.write(`migrations applied: ${status.applied}/${status.expected} (${database.kind})\n`);
  } finally {
    await database.close();
  }
}
