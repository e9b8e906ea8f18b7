// PostgreSQL NOTIFY, the one way processes sharing a database tell each other something happened: the live case
// stream, and caches to forget. Sent inside a transaction, a notification is delivered only if it commits.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { textArray } from '../db/sql-helpers.js';

export const notifyChannels = {
  caseChanged: 'sahayata_case_changed',
  cacheChanged: 'sahayata_cache_changed',
} as const;

export async function notify(db: DbOrTx, channel: string, payloads: readonly string[]): Promise<void> {
  if (payloads.length === 0) return;
  await db.execute(sql`select pg_notify(${channel}, p) from unnest(${textArray(payloads)}) as p`);
}
