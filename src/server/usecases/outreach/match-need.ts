// Matching one need: the candidates (the one matching statement, STOP lists included, then the rules that need more
// than SQL — fatigue, convalescent plasma, verified donors first) ranked, and the donors near the patient
// who are not asked, with why.
import type { DbOrTx } from '../../db/client.js';
import { findDonorCandidates, type DonorCandidateRow } from '../../db/queries/donor-candidates.js';
import { findNearbyDonors, type NearbyDonorRow } from '../../db/queries/nearby-donors.js';
import { transfusionCaseBookings } from '../../db/queries/transfusion-case-bookings.js';
import { kolkataDay } from '../../domain/blood/calendar.js';
import { laterAskDay } from '../../domain/outreach/ask-day.js';
import { fatigueWindowStart } from '../../domain/outreach/fatigue.js';
import {
  planMatching,
  type MatchingContext,
  type MatchingDonor,
  type MatchingPlan,
} from '../../domain/outreach/matching.js';
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

/**
 * What the matching rules judge a donor against for this need: the day they would give on (today, or a thalassemia
 * transfusion's later day), and the donors a child's roster already booked for the transfusion the case stands for.
 * One place for the wave and for an operator's single ask (ask-donor.ts).
 */
export async function matchingContextFor(
  tx: DbOrTx,
  context: NeedContext,
  radiusKm: number,
  now: Date,
): Promise<MatchingContext | null> {
  const { products, recipient } = context;
  if (!products || !recipient) return null;
  // Only a case with a transfusion day can stand for a child's transfusion (transfusion-case.ts).
  const bookedForTransfusion =
    context.caseRow.transfusionDate === null ? undefined : await transfusionCaseBookings(tx, context.caseRow.id);
  return {
    recipient,
    product: products.product,
    donorProduct: products.donorProduct,
    convalescent: context.convalescent,
    today: laterAskDay(context.caseRow, now) ?? kolkataDay(now),
    now,
    radiusKm,
    policy: context.policy,
    ...(bookedForTransfusion ? { bookedForTransfusion } : {}),
  };
}

export async function matchNeed(
  tx: DbOrTx,
  context: NeedContext,
  radiusKm: number,
  now: Date,
  options: { nearMisses: boolean },
): Promise<MatchingPlan<MatchedDonor>> {
  const { products, recipient, organisation } = context;
  const judging = await matchingContextFor(tx, context, radiusKm, now);
  if (!products || !recipient || !organisation || !judging) return { candidates: [], nearMisses: [] };
  const asksSince = fatigueWindowStart(now);
  const candidates = await findDonorCandidates(tx, {
    organisationId: organisation.id,
    districtCodes: context.donorDistricts,
    ...compatibleDonorGroups(recipient, products.product),
    product: products.donorProduct,
    today: judging.today,
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
  return planMatching(donors, judging);
}
