// Matching one need: the candidates (the one matching statement, then the rules that need more than SQL — the
// channels' STOP list, fatigue, convalescent plasma, verified donors first) ranked, and the donors near the patient
// who are not asked, with why.
import { sql } from 'drizzle-orm';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { findDonorCandidates, type DonorCandidateRow } from '../../db/queries/donor-candidates.js';
import { findNearbyDonors, type NearbyDonorRow } from '../../db/queries/nearby-donors.js';
import { kolkataDay } from '../../domain/blood/calendar.js';
import { fatigueWindowStart } from '../../domain/outreach/fatigue.js';
import { planMatching, type MatchingDonor, type MatchingPlan } from '../../domain/outreach/matching.js';
import { compatibleDonorGroups } from '../../domain/outreach/need-products.js';
import type { NeedContext } from './need-context.js';

export type MatchedDonor = MatchingDonor & DonorCandidateRow;

/** How many candidates one read brings (ranking needs more than a wave asks: fatigue and the rest filter after). */
const candidateReadLimit = 200;
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
  const stopped = await channelOptOuts(
    tx,
    [...candidates, ...nearby].map((d) => d.phone),
  );
  const donors: MatchedDonor[] = [
    ...nearby.map((d) => ({ ...d, optedOut: d.optedOut || stopped.has(d.phone) })),
    ...candidates.map((d) => ({
      ...d,
      products: [products.donorProduct],
      eligibilityReasons: [],
      askState: null,
      optedOut: d.optedOut || stopped.has(d.phone),
    })),
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

/** Numbers that sent STOP on a channel (opt_outs): never asked, whatever the donor record says. */
export async function channelOptOuts(tx: DbOrTx, phones: string[]): Promise<Set<string>> {
  const unique = [...new Set(phones)];
  if (unique.length === 0) return new Set();
  const rows = rowsOf<{ address: string }>(
    await tx.execute(
      sql`select address from opt_outs where address in (${sql.join(
        unique.map((p) => sql`${p}`),
        sql`, `,
      )})`,
    ),
  );
  return new Set(rows.map((r) => r.address));
}
