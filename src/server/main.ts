// Entry: config → database → migrate → reference data (→ demo) → app → listen; graceful shutdown.
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/client.js';
import { demoPassword, demoPeople } from './db/demo/demo-people.js';
import { findDemoLeftovers } from './db/demo/demo-leftovers.js';
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

/** A start that is not a demo, on a database the demo left people or channel accounts in. */
export class DemoLeftoversError extends Error {
  constructor(readonly leftovers: { people: number; channelAccounts: number }) {
    super(
      `Refusing to start without demo mode: this database still has ${leftovers.people} demo people who sign in with the published password and ${leftovers.channelAccounts} channel accounts using the published demo secrets.\n` +
        `Remove them with:  npx sahayata demo remove   (same DATABASE_URL / SAHAYATA_DATA_DIR), then start again.\n` +
        `(A channel variable set to a demo secret, such as WHATSAPP_APP_SECRET=demo-whatsapp-app-secret, must get a real secret.)`,
    );
  }
}

export async function startServer(config: Config): Promise<{ app: FastifyInstance; database: Database }> {
  const started = Date.now();
  const database = await prepareDatabase(config);
  if (config.demo) await seedDemo(database.db);
  const channelProblems = await syncEnvAccounts(database.db, config.channels, config.demo);
  // Checked after the environment's accounts are written: a published demo secret set as a variable counts too.
  const leftovers = config.demo ? null : await findDemoLeftovers(database.db);
  if (leftovers && (leftovers.people > 0 || leftovers.channelAccounts > 0)) {
    await database.close();
    throw new DemoLeftoversError(leftovers);
  }
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
    `  Listening on ${config.host}:${port}${config.host === '127.0.0.1' || config.host === 'localhost' || config.host === '::1' ? ' (this machine only)' : ''}`,
    `  API docs: ${url}/api/docs`,
  ];
  if (config.demo) {
    lines.push(
      '',
      '  DEMO MODE: the logins below use a published password, the channel webhooks accept the secrets printed in the',
      `  README${config.channels.simulator ? `, and the provider simulator is on at ${url}/simulator (every message sent; one-time codes are shown to an admin)` : ''}. Never use demo mode for real pleas; end it with \`npx sahayata demo remove\`.`,
    );
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
