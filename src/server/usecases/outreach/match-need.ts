// Matching one need: the candidates (the one matching statement, STOP lists included, then the rules that need more
// than SQL — fatigue, convalescent plasma, verified donors first) ranked, and the donors near the patient
// who are not asked, with why.
import type { DbOrTx } from '../../db/client.js';
import { findDonorCandidates, type DonorCandidateRow } from '../../db/queries/donor-candidates.js';
import { findNearbyDonors, type NearbyDonorRow } from '../../db/queries/nearby-donors.js';
import { kolkataDay } from '../../domain/blood/calendar.js';
import { fatigueWindowStart } from '../../domain/outreach/fatigue.js';
import { planMatching, type MatchingDonor, type MatchingPlan } from '../../domain/outreach/matching.js';
import { compatibleDonorGroups } from '../../domain/outreach/need-products.js';
import type { NeedContext } from './need-context.js';

export type MatchedDonor = MatchingDonor & DonorCandidateRow;

/**
 * How many candidates one read brings, nearest first: the pool the ranking orders. Enough for several waves (a wave
 * asks 3 per unit still needed; fatigue and the other rules filter after); each widening reads again without
 * those already asked.
 */
const candidateReadLimit = 60;
const nearbyReadLimit = 80;

export async function matchNeed(
  tx: DbOrTx,
  context: NeedContext,
  radiusKm: number,
  now: Date,
  options: { nearMisses: boolean },
): Promise<MatchingPlan<MatchedDonor>> {
  const { products, recipient, organisation } = context;
  if (!products || !recipient || !organisation) return { candidates: [], nearMisses: [] };
  const today = kolkataDay(now);
  const asksSince = fatigueWindowStart(now);
  const candidates = await findDonorCandidates(tx, {
    organisationId: organisation.id,
    districtCodes: context.donorDistricts,
    ...compatibleDonorGroups(recipient, products.product),
    product: products.donorProduct,
    today,
    centre: context.centre,
    radiusKm,
    asksSince,
    excludeNeedId: context.need.id,
    limit: candidateReadLimit,
  });
  const nearby: NearbyDonorRow[] = options.nearMisses
    ? await findNearbyDonors(tx, {
        organisationId: organisation.id,
        districtCodes: context.donorDistricts,
        product: products.donorProduct,
        centre: context.centre,
        radiusKm: radiusKm + context.policy.radiusKm.step,
        asksSince,
        needId: context.need.id,
        limit: nearbyReadLimit,
      })
    : [];
  const donors: MatchedDonor[] = [
    ...nearby,
    ...candidates.map((d) => ({ ...d, products: [products.donorProduct], eligibilityReasons: [], askState: null })),
  ];
  return planMatching(donors, {
    recipient,
    product: products.product,
    donorProduct: products.donorProduct,
    convalescent: context.convalescent,
    today,
    now,
    radiusKm,
    policy: context.policy,
  });
}
