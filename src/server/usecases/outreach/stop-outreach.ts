// POST …/needs/{needId}/outreach/stop: the operator stops a need's waves. Asks not sent yet are cancelled (their
// messages held back) and those awaiting an answer expire; a donor who answers one late is still thanked.
import { sql } from 'drizzle-orm';
import type { AsksView, StopOutreachBody } from '../../../shared/contracts/outreach.js';
import type { OutreachStopReason } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf, type Db, type DbOrTx } from '../../db/client.js';
import type { CaseBus } from '../../events/case-bus.js';
import { recordCaseEvent } from '../cases/case-context.js';
import { closeOpenAsks } from './answer-close-asks.js';
import { runOutreachAction } from './outreach-action.js';

export async function stopOutreach(
  deps: { db: Db; bus?: CaseBus | undefined },
  actor: Actor,
  ids: { caseId: string; needId: string },
  input: StopOutreachBody,
): Promise<AsksView> {
  return runOutreachAction(deps, actor, ids, 'stop', async (tx, context, now) => {
    await stopRuns(tx, sql`need_id = ${context.need.id}::uuid`, 'operator', actor.userId, now, input.note ?? null);
  });
}

/**
 * Stops the running outreach `which` selects (an SQL condition on outreach_runs), closes its open asks and records
 * one `outreach_stopped` event per need. Returns how many runs stopped.
 */
export async function stopRuns(
  tx: DbOrTx,
  which: ReturnType<typeof sql>,
  reason: OutreachStopReason,
  actorId: string | null,
  now: Date,
  note: string | null = null,
): Promise<number> {
  const stopped = rowsOf<{ need_id: string; case_id: string }>(
    await tx.execute(sql`update outreach_runs set state = 'stopped', stop_reason = ${reason},
        stopped_at = ${now.toISOString()}::timestamptz, stopped_by_id = ${actorId}::uuid, next_wave_at = null
      where state = 'running' and ${which}
      returning need_id, case_id`),
  );
  for (const run of stopped) {
    const closed = await closeOpenAsks(tx, sql`need_id = ${run.need_id}::uuid`, now);
    await recordCaseEvent(tx, {
      caseId: run.case_id,
      actorId,
      type: 'outreach_stopped',
      after: { needId: run.need_id, reason, asksClosed: closed },
      note,
      at: now,
    });
  }
  return stopped.length;
}
