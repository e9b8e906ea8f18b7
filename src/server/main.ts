// Entry: config → database → migrate → reference data (→ demo) → app → listen; graceful shutdown.
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/client.js';
import { demoPassword, demoPeople } from './db/demo/demo-people.js';
import { seedDemo } from './db/demo/seed-demo.js';
import { loadReferenceData } from './db/reference-data.js';
import { seedDemoConversations } from './simulator/seed-demo-conversations.js';
import { syncEnvAccounts } from './usecases/channels/sync-env-accounts.js';

export async function prepareDatabase(config: Config): Promise<Database> {
  const database = await openDatabase(
    config.database.kind === 'pglite'
      ? { kind: 'pglite', dataDir: config.database.dataDir }
      : { kind: 'postgres', url: config.database.url },
  );
  await database.migrate();
  await loadReferenceData(database.db);
  return database;
}

export async function startServer(config: Config): Promise<{ app: FastifyInstance; database: Database }> {
  const started = Date.now();
  const database = await prepareDatabase(config);
  if (config.demo) await seedDemo(database.db);
  const channelProblems = await syncEnvAccounts(database.db, config.channels, config.demo);
  const app = await buildApp({ config, database });
  for (const problem of channelProblems) app.log.warn(`channels: ${problem}`);
  await app.listen({ port: config.port, host: config.host });
  installShutdown(app, database);
  if (config.demo && config.channels.simulator) await seedDemoConversations(app, database.db);

  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = config.publicUrl.includes(`:${config.port}`)
    ? config.publicUrl.replace(`:${config.port}`, `:${port}`)
    : config.publicUrl;
  const lines = [
    '',
    `  Sahayata is running at ${url}  (${database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    `  API docs: ${url}/api/docs`,
  ];
  if (config.demo) {
    lines.push('', `  Demo logins (password for all: ${demoPassword}):`);
    for (const p of demoPeople) {
      lines.push(`    ${p.role.padEnd(12)} ${p.phone}  ${p.email.padEnd(40)} ${p.name}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
  return { app, database };
}

/** SIGTERM/SIGINT: stop accepting, let in-flight requests finish, close the database, exit 0. */
function installShutdown(app: FastifyInstance, database: Database): void {
  let closing = false;
  const shutdown = (signal: string): void => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      app.log.error('shutdown took longer than 15 s; exiting');
      process.exit(1);
    }, 15_000);
    force.unref();
    app
      .close()
      .then(() => database.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        app.log.error({ err: error }, 'error during shutdown');
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}
