// One wave of asks for a need, inside the caller's transaction: the best-ranked candidates within the radius, at
// most K per unit still needed less those awaiting an answer. When nobody within the radius can be asked, the wave
// reaches a step further at once (waiting an hour to find the same nobody helps no patient), up to the furthest.
import { sql } from 'drizzle-orm';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { waveRadiusKm, waveSize } from '../../domain/outreach/waves.js';
import { createAsks, type AnswerLinks } from './create-asks.js';
import { matchNeed } from './match-need.js';
import type { NeedContext } from './need-context.js';

export interface WaveResult {
  wave: number;
  radiusKm: number;
  askIds: string[];
  /** Nobody could be asked even at the furthest radius. */
  exhausted: boolean;
}

async function awaitingAnswer(tx: DbOrTx, needId: string): Promise<number> {
  const rows = rowsOf<{ n: number }>(
    await tx.execute(sql`select count(*)::int as n from donor_asks
      where need_id = ${needId}::uuid and state in ('queued', 'sent')`),
  );
  return rows[0]?.n ?? 0;
}

export async function sendWave(
  tx: DbOrTx,
  context: NeedContext,
  start: { wave: number; radiusKm: number },
  actorId: string | null,
  links: AnswerLinks,
  now: Date,
): Promise<WaveResult> {
  const max = context.policy.radiusKm.max;
  let { wave, radiusKm } = start;
  for (;;) {
    const size = waveSize({
      asksPerUnit: context.policy.asksPerUnit,
      unitsStillNeeded: context.unitsStillNeeded,
      awaitingAnswer: await awaitingAnswer(tx, context.need.id),
    });
    if (size === 0) return { wave, radiusKm, askIds: [], exhausted: false };
    const plan = await matchNeed(tx, context, radiusKm, now, { nearMisses: false });
    const chosen = plan.candidates.slice(0, size).map((j) => ({ donor: j.donor, kind: 'wave' as const, wave }));
    const askIds = await createAsks(tx, context, chosen, actorId, links, now);
    if (askIds.length > 0) return { wave, radiusKm, askIds, exhausted: false };
    if (radiusKm >= max) return { wave, radiusKm, askIds, exhausted: true };
    wave += 1;
    radiusKm = Math.max(radiusKm, waveRadiusKm(wave, context.policy));
  }
}
