// How the channel queues stand: messages waiting to be processed or sent, and those set aside as failed.
// For coordinators watching whether the helpline keeps up, and for operations checks.
import { sql } from 'drizzle-orm';
import type { QueueStats } from '../../../shared/contracts/channels.js';
import { channelOrganisations } from '../../../shared/channel-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf, type Db } from '../../db/client.js';
import { textArray } from '../../db/sql-helpers.js';
import { forbidden } from '../../errors.js';

export async function getQueueStats(db: Db, actor: Actor): Promise<QueueStats> {
  const orgs = channelOrganisations(actor);
  if (orgs !== null && orgs.length === 0) throw forbidden();
  const scope = orgs === null ? sql`true` : sql`organisation_id = any(${textArray(orgs)}::uuid[])`;
  const [inbox] = rowsOf<{ pending: number; failed: number; oldest: string | Date | null }>(
    await db.execute(sql`select count(*) filter (where state = 'pending')::int as pending,
        count(*) filter (where state = 'failed')::int as failed,
        min(accepted_at) filter (where state = 'pending') as oldest
      from inbox where ${scope}`),
  );
  const [outbox] = rowsOf<{ pending: number; sending: number; failed: number }>(
    await db.execute(sql`select count(*) filter (where state in ('pending', 'scheduled'))::int as pending,
        count(*) filter (where state = 'sending')::int as sending,
        count(*) filter (where state in ('failed', 'denied'))::int as failed
      from outbox where ${scope}`),
  );
  return {
    inbox: {
      pending: inbox?.pending ?? 0,
      failed: inbox?.failed ?? 0,
      oldestPendingAt: inbox?.oldest ? new Date(inbox.oldest).toISOString() : null,
    },
    outbox: { pending: outbox?.pending ?? 0, sending: outbox?.sending ?? 0, failed: outbox?.failed ?? 0 },
  };
}
