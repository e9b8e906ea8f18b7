// One database handle for the app: PGlite (embedded, in the data folder) or a PostgreSQL pool.
// Both speak the same SQL and run the same committed migrations.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** The handle inside `db.transaction(async (tx) => …)`: use it, never the outer `db`, in there. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export const migrationsFolder = fileURLToPath(new URL('../../../drizzle', import.meta.url));

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob | File }
  | { kind: 'postgres'; url: string; maxConnections?: number };

export interface Database {
  kind: DatabaseTarget['kind'];
  db: Db;
  migrate(): Promise<void>;
  /** Migrations known to this build vs applied in the database. */
  migrationStatus(): Promise<{ expected: number; applied: number }>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** Embedded only: a tarball of the data folder, used by tests to clone a migrated database fast. */
  dumpDataDir?(): Promise<Blob | File>;
  /**
   * Hears `NOTIFY channel, payload` from every process on this database (this one included), after the notifying
   * transaction commits. Resolves once listening; the function it gives stops it.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === 'pglite' ? openPglite(target) : openPostgres(target);
}

function expectedMigrations(): number {
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

async function appliedMigrations(db: Db): Promise<number> {
  const exists = await db.execute<{ present: boolean }>(
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!rowsOf<{ present: boolean }>(exists)[0]?.present) return 0;
  const result = await db.execute<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}

/** node-postgres and PGlite shape `execute` results differently; both carry `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

async function openPglite(target: { dataDir?: string; loadDataDir?: Blob | File }): Promise<Database> {
  const unlock = target.dataDir ? lockDataDir(target.dataDir) : () => undefined;
  const client = await PGlite.create({
    ...(target.dataDir ? { dataDir: target.dataDir } : {}),
    ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
    extensions: { cube, earthdistance, pg_trgm },
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    migrate: () => migratePglite(drizzlePglite(client, { schema }), { migrationsFolder }),
    migrationStatus: async () => ({ expected: expectedMigrations(), applied: await appliedMigrations(db) }),
    ping: async () => {
      await client.query('select 1');
    },
    close: async () => {
      await client.close();
      unlock();
    },
    dumpDataDir: () => client.dumpDataDir('none'),
    listen: async (channel, onPayload) => {
      const stop = await client.listen(channel, onPayload);
      return async () => {
        if (!client.closed) await stop();
      };
    },
  };
}

async function openPostgres(target: { url: string; maxConnections?: number }): Promise<Database> {
  const pool = new pg.Pool({ connectionString: target.url, max: target.maxConnections ?? 10 });
  const listeners = new Set<() => Promise<void>>();
  // An idle connection dropped by the server (restart, failover) must not crash the process;
  // the pool replaces it on the next query.
  pool.on('error', (error) => {
    process.emitWarning(`PostgreSQL idle connection error: ${error.message}`);
  });
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    migrate: () => migratePg(drizzlePg(pool, { schema }), { migrationsFolder }),
    migrationStatus: async () => ({ expected: expectedMigrations(), applied: await appliedMigrations(db) }),
    ping: async () => {
      await pool.query('select 1');
    },
    close: async () => {
      for (const stop of [...listeners]) await stop();
      await pool.end();
    },
    listen: async (channel, onPayload) => {
      const listener = await listenOnPostgres(target.url, channel, onPayload);
      listeners.add(listener);
      return async () => {
        listeners.delete(listener);
        await listener();
      };
    },
  };
}

/**
 * LISTEN needs a connection of its own, kept open (a pooled one would be handed to queries). When the connection
 * drops (a server restart), it reconnects with backoff; notifications sent meanwhile are lost, which callers allow
 * for (live views also refresh on their own; caches also expire).
 */
async function listenOnPostgres(
  url: string,
  channel: string,
  onPayload: (payload: string) => void,
): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | null = null;
  let retryMs = 250;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel === channel) onPayload(message.payload ?? '');
    });
    next.on('error', () => {
      if (stopped) return;
      client = null;
      void next.end().catch(() => undefined);
      setTimeout(() => void connect().catch(() => undefined), retryMs).unref();
      retryMs = Math.min(retryMs * 2, 10_000);
    });
    await next.connect();
    await next.query(`listen "${channel.replaceAll('"', '')}"`);
    client = next;
    retryMs = 250;
  };
  await connect();
  return async () => {
    stopped = true;
    await client?.end().catch(() => undefined);
  };
}
