// Takes the oldest pending inbox message no other worker holds and processes it in one transaction. On an
// error nothing of it is kept; the message is retried later with backoff and set aside after a few tries.
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client.js';
import type { CaseBus } from '../../events/case-bus.js';
import { inboxRetryDelayMs, maxInboxAttempts } from '../../domain/channels/inbox-retry.js';
import { processInboxItem, type InboxRow, type ItemOutcome } from './process-inbox-item.js';

export type NextItemResult = 'none' | 'processed' | 'failed';

export async function processNextInboxItem(deps: { db: Db; bus?: CaseBus | undefined }): Promise<NextItemResult> {
  let claimed: InboxRow | null = null;
  let result: ItemOutcome | null = null;
  try {
    result = await deps.db.transaction(async (tx) => {
      const rows = rowsOf<InboxRow & { attempts: number }>(
        await tx.execute(sql`select id, organisation_id, account_id, message, attempts from inbox
          where state = 'pending' and next_attempt_at <= now()
          order by next_attempt_at, id limit 1 for update skip locked`),
      );
      claimed = rows[0] ?? null;
      if (!claimed) return null;
      const outcome = await processInboxItem(tx, claimed);
      await tx.execute(sql`update inbox set state = ${outcome.state}, processed_at = now(),
          outcome = ${JSON.stringify(outcome.outcome)}::jsonb, attempts = attempts + 1, error = null
        where id = ${claimed.id}`);
      return outcome;
    });
  } catch (error) {
    const failed = claimed as InboxRow | null;
    if (!failed) throw error;
    await recordFailure(deps.db, failed.id, error);
    return 'failed';
  }
  if (!result) return 'none';
  const touched = (result as ItemOutcome).touchedCase;
  if (touched && deps.bus) {
    deps.bus.publish({ id: touched.caseId, reference: touched.reference, districtCode: touched.districtCode });
  }
  return 'processed';
}

async function recordFailure(db: Db, id: number, error: unknown): Promise<void> {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const rows = rowsOf<{ attempts: number }>(
    await db.execute(sql`update inbox set attempts = attempts + 1, error = ${text.slice(0, 2000)}
      where id = ${id} returning attempts`),
  );
  const attempts = rows[0]?.attempts ?? maxInboxAttempts;
  const next = new Date(Date.now() + inboxRetryDelayMs(attempts));
  await db.execute(sql`update inbox set
      state = ${attempts >= maxInboxAttempts ? 'failed' : 'pending'},
      next_attempt_at = ${next.toISOString()}::timestamptz
    where id = ${id}`);
}
