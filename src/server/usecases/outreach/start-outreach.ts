// POST …/needs/{needId}/outreach: starts waves for a need (or starts them again after a stop). The first wave goes
// out now at the policy's first radius; the background job widens it when no one has said yes in time.
import { sql } from 'drizzle-orm';
import type { AsksView } from '../../../shared/contracts/outreach.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db, Tx } from '../../db/client.js';
import { nextWaveAt } from '../../domain/outreach/waves.js';
import type { CaseBus } from '../../events/case-bus.js';
import { recordCaseEvent } from '../cases/case-context.js';
import type { AnswerLinks } from './create-asks.js';
import type { NeedContext } from './need-context.js';
import { runOutreachAction } from './outreach-action.js';
import { sendWave, type WaveResult } from './send-wave.js';

export async function startOutreach(
  deps: { db: Db; bus?: CaseBus | undefined; links: AnswerLinks },
  actor: Actor,
  ids: { caseId: string; needId: string },
): Promise<AsksView> {
  return runOutreachAction(deps, actor, ids, 'start', async (tx, context, now) => {
    const organisationId = context.organisation?.id;
    if (!organisationId) return;
    const radiusKm = context.policy.radiusKm.start;
    await tx.execute(sql`insert into outreach_runs (need_id, case_id, organisation_id, state, radius_km, wave,
        next_wave_at, started_by_id, started_at)
      values (${context.need.id}::uuid, ${context.caseRow.id}::uuid, ${organisationId}::uuid, 'running', ${radiusKm},
        1, null, ${actor.userId}::uuid, ${now.toISOString()}::timestamptz)
      on conflict (need_id) do update set state = 'running', organisation_id = excluded.organisation_id,
        radius_km = excluded.radius_km, wave = 1, next_wave_at = null, started_by_id = excluded.started_by_id,
        started_at = excluded.started_at, stopped_by_id = null, stopped_at = null, stop_reason = null`);
    await recordCaseEvent(tx, {
      caseId: context.caseRow.id,
      actorId: actor.userId,
      type: 'outreach_started',
      after: { needId: context.need.id, radiusKm, priority: context.priority },
      at: now,
    });
    const result = await sendWave(tx, context, { wave: 1, radiusKm }, actor.userId, deps.links, now);
    await afterWave(tx, context, result, actor.userId, now);
  });
}

/**
 * Records where a wave left the run: its wave and radius and when it moves on next, an `outreach_widened` event for
 * every wave after the first (with how far it reaches, how many it asked and how many unanswered asks expired), or
 * the end of the run when nobody was left to ask.
 */
export async function afterWave(
  tx: Tx,
  context: NeedContext,
  result: WaveResult,
  actorId: string | null,
  now: Date,
  startedAt: { wave: number; radiusKm: number } = { wave: 1, radiusKm: context.policy.radiusKm.start },
  expired = 0,
): Promise<void> {
  const needId = context.need.id;
  if (result.wave !== startedAt.wave) {
    await recordCaseEvent(tx, {
      caseId: context.caseRow.id,
      actorId,
      type: 'outreach_widened',
      before: { needId, wave: startedAt.wave, radiusKm: startedAt.radiusKm },
      after: { needId, wave: result.wave, radiusKm: result.radiusKm, asked: result.askIds.length, expired },
      at: now,
    });
  }
  if (result.exhausted) {
    await tx.execute(sql`update outreach_runs set state = 'done', stop_reason = 'max_radius_reached',
        stopped_at = ${now.toISOString()}::timestamptz, next_wave_at = null, wave = ${result.wave},
        radius_km = ${result.radiusKm}
      where need_id = ${needId}::uuid`);
    await recordCaseEvent(tx, {
      caseId: context.caseRow.id,
      actorId,
      type: 'outreach_exhausted',
      after: { needId, wave: result.wave, radiusKm: result.radiusKm },
      at: now,
    });
    return;
  }
  await tx.execute(sql`update outreach_runs set wave = ${result.wave}, radius_km = ${result.radiusKm},
      next_wave_at = ${nextWaveAt(now, context.priority, context.policy).toISOString()}::timestamptz
    where need_id = ${needId}::uuid`);
}
