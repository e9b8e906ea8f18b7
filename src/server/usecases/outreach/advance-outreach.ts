// The background step of outreach (jobs/outreach-job.ts, every half minute, idempotent): asks that waited for the
// morning or the donor's hours are marked sent as their messages go out, and every run whose time has come moves
// on — done when every unit is arranged, else its unanswered asks expire (a late YES still counts) and the next
// wave goes a step further. Each run is its own transaction with its case locked, as every case action is, and
// its change reaches live desks through NOTIFY on commit.
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf, type Db, type Tx } from '../../db/client.js';
import { cases, outreachRuns } from '../../db/schema/index.js';
import { nextWaveStep } from '../../domain/outreach/waves.js';
import { caseChange } from '../../events/case-bus.js';
import { notify, notifyChannels } from '../../infrastructure/notify.js';
import { recordCaseEvent, type CaseRow } from '../cases/case-context.js';
import { systemActor } from '../system-actor.js';
import { closeOpenAsks } from './answer-close-asks.js';
import type { AnswerLinks } from './create-asks.js';
import { loadNeedContext, runStarter, type NeedContext } from './need-context.js';
import { sendWave } from './send-wave.js';
import { afterWave } from './start-outreach.js';
import { stopRuns } from './stop-outreach.js';

/** Runs taken per step; the rest wait for the next (they are due, so they go first then). */
const runsPerStep = 20;

export interface AdvanceResult {
  released: number;
  advanced: number;
}

export async function advanceOutreach(db: Db, links: AnswerLinks, now = new Date()): Promise<AdvanceResult> {
  const released = await releaseQueuedAsks(db, now);
  const due = rowsOf<{ need_id: string; case_id: string }>(
    await db.execute(sql`select need_id, case_id from outreach_runs
      where state = 'running' and next_wave_at <= ${now.toISOString()}::timestamptz
      order by next_wave_at limit ${runsPerStep}`),
  );
  let advanced = 0;
  for (const run of due) {
    if (await db.transaction((tx) => advanceRun(tx, run.case_id, run.need_id, links, now))) advanced += 1;
  }
  return { released, advanced };
}

/**
 * Asks whose waiting is over went out with their messages (the outbox holds each until the same moment); one whose
 * message was held back (the number said STOP meanwhile) stays queued until its outreach closes it.
 */
async function releaseQueuedAsks(db: Db, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = rowsOf<{ case_id: string }>(
      await tx.execute(sql`update donor_asks set state = 'sent', sent_at = send_after
        where state = 'queued' and send_after <= ${now.toISOString()}::timestamptz
          and not exists (select 1 from outbox o where o.id = donor_asks.outbox_id and o.state in ('muted', 'duplicate'))
        returning case_id`),
    );
    const caseIds = [...new Set(rows.map((r) => r.case_id))];
    for (const id of caseIds) {
      const [row] = await tx.select().from(cases).where(eq(cases.id, id));
      if (row) await tellDesks(tx, row);
    }
    return rows.length;
  });
}

async function tellDesks(tx: Tx, row: CaseRow): Promise<void> {
  await notify(tx, notifyChannels.caseChanged, [JSON.stringify(caseChange(row))]);
}

async function advanceRun(tx: Tx, caseId: string, needId: string, links: AnswerLinks, now: Date): Promise<boolean> {
  const [locked] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
  const [run] = await tx.select().from(outreachRuns).where(eq(outreachRuns.needId, needId)).for('update');
  if (!locked || !run || run.state !== 'running') return false;
  // The run asks as the person who started it (their districts of donors); should they have lost the case, the
  // organisation's own record of the run still stands, so the system carries it on.
  const starter: Actor = (await runStarter(tx, run)) ?? systemActor;
  let context: NeedContext;
  try {
    context = await loadNeedContext(tx, starter, caseId, needId, { now });
  } catch {
    context = await loadNeedContext(tx, systemActor, caseId, needId, { now });
  }
  if (context.blocked === 'case_closed' || context.blocked === 'not_a_blood_need') {
    await stopRuns(tx, sql`need_id = ${needId}::uuid`, 'case_closed', null, now);
    await tellDesks(tx, locked);
    return true;
  }
  const step = nextWaveStep(
    { state: run.state, wave: run.wave, radiusKm: run.radiusKm, nextWaveAt: run.nextWaveAt },
    { now, unitsStillNeeded: context.unitsStillNeeded, policy: context.policy },
  );
  if (step.kind === 'wait') return false;
  if (step.kind === 'done') {
    await tx.execute(sql`update outreach_runs set state = 'done', stop_reason = 'all_units_arranged',
        stopped_at = ${now.toISOString()}::timestamptz, next_wave_at = null
      where need_id = ${needId}::uuid`);
    const closed = await closeOpenAsks(tx, sql`need_id = ${needId}::uuid`, now);
    await recordCaseEvent(tx, {
      caseId,
      actorId: null,
      type: 'outreach_stopped',
      after: { needId, reason: 'all_units_arranged', asksClosed: closed },
      at: now,
    });
  } else {
    const expired = await closeOpenAsks(tx, sql`need_id = ${needId}::uuid and state = 'sent'`, now);
    const result = await sendWave(tx, context, { wave: step.wave, radiusKm: step.radiusKm }, null, links, now);
    await afterWave(tx, context, result, null, now, { wave: run.wave, radiusKm: run.radiusKm }, expired);
  }
  await tx
    .update(cases)
    .set({ version: sql`${cases.version} + 1`, updatedAt: now })
    .where(eq(cases.id, caseId));
  await tellDesks(tx, locked);
  return true;
}
