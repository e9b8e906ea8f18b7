// POST …/needs/{needId}/asks: the operator asks one donor they chose. The same rules as a wave hold — never a donor
// who said STOP, withdrew consent, is ineligible, fatigued, already asked or booked by a thalassemia roster for the
// transfusion the case stands for, and never at night unless the case is critical (the ask then waits for the
// morning) — but the operator may reach out to the policy's furthest radius and may choose an unverified donor.
import type { AskDonorBody, AsksView } from '../../../shared/contracts/outreach.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { findNearbyDonors } from '../../db/queries/nearby-donors.js';
import { fatigueWindowStart } from '../../domain/outreach/fatigue.js';
import { exclusionsOf } from '../../domain/outreach/matching.js';
import { AppError, notFound } from '../../errors.js';
import type { CaseBus } from '../../events/case-bus.js';
import { createAsks, type AnswerLinks } from './create-asks.js';
import { matchingContextFor } from './match-need.js';
import { runOutreachAction } from './outreach-action.js';

export async function askDonor(
  deps: { db: Db; bus?: CaseBus | undefined; links: AnswerLinks },
  actor: Actor,
  ids: { caseId: string; needId: string },
  input: AskDonorBody,
): Promise<AsksView> {
  return runOutreachAction(deps, actor, ids, 'ask', async (tx, context, now) => {
    const { products, recipient, organisation } = context;
    if (!products || !recipient || !organisation) return;
    const [row] = await findNearbyDonors(tx, {
      organisationId: organisation.id,
      districtCodes: context.donorDistricts,
      product: products.donorProduct,
      centre: context.centre,
      radiusKm: context.policy.radiusKm.max,
      asksSince: fatigueWindowStart(now),
      needId: context.need.id,
      limit: 1,
      donorId: input.donorId,
    });
    // A donor of another organisation, or outside the districts one reaches, is not there to ask.
    if (!row) throw notFound();
    const judging = await matchingContextFor(tx, context, context.policy.radiusKm.max, now);
    if (!judging) return;
    const judged = exclusionsOf(row, judging);
    const [headline] = judged.exclusions;
    if (headline) {
      throw new AppError('outreach_unavailable', {
        reasonKey: 'outreach.donor_not_candidate',
        exclusion: headline.code,
      });
    }
    await createAsks(
      tx,
      context,
      [{ donor: row, kind: 'direct', wave: context.run?.wave ?? 0 }],
      actor.userId,
      deps.links,
      now,
    );
  });
}
