// Closes asks that can no longer lead anywhere (every unit arranged, the donor sent STOP): one never sent is
// cancelled, one sent is expired (a late YES to it is still thanked), and their messages not yet out are held back.
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { recordCaseEvent } from '../cases/case-context.js';

/** Closes the open asks `which` selects (an SQL condition on donor_asks); returns how many were closed. */
export async function closeOpenAsks(tx: DbOrTx, which: SQL, now: Date): Promise<number> {
  const closed = rowsOf<{ outbox_id: string | null }>(
    await tx.execute(sql`update donor_asks set state = case when state = 'queued' then 'cancelled' else 'expired' end
      where state in ('queued', 'sent') and ${which}
      returning outbox_id`),
  );
  const outboxIds = closed.flatMap((r) => (r.outbox_id ? [r.outbox_id] : []));
  if (outboxIds.length > 0) {
    // Muted, as for a number that said STOP: kept on the record, never sent.
    await tx.execute(sql`update outbox set state = 'muted',
        state_times = state_times || jsonb_build_object('muted', ${now.toISOString()}::text)
      where id = any(${`{${outboxIds.join(',')}}`}::uuid[]) and state in ('scheduled', 'pending')`);
  }
  return closed.length;
}

/** Every unit is arranged: the run is done and nobody else is asked or left waiting for this need. */
export async function finishOutreach(tx: DbOrTx, caseId: string, needId: string, now: Date): Promise<void> {
  const stopped = rowsOf<{ need_id: string }>(
    await tx.execute(sql`update outreach_runs set state = 'done', stop_reason = 'all_units_arranged',
        stopped_at = ${now.toISOString()}::timestamptz, next_wave_at = null
      where need_id = ${needId}::uuid and state = 'running' returning need_id`),
  );
  const closed = await closeOpenAsks(tx, sql`need_id = ${needId}::uuid`, now);
  if (stopped.length > 0) {
    await recordCaseEvent(tx, {
      caseId,
      actorId: null,
      type: 'outreach_stopped',
      after: { needId, reason: 'all_units_arranged', asksClosed: closed },
      at: now,
    });
  }
}
