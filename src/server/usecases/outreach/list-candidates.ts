// GET …/needs/{needId}/candidates: the donors who would be asked for a need, ranked, and those near the patient who
// would not, with every reason — read only, as the actor may see them.
import type { CandidateView, CandidatesView } from '../../../shared/contracts/outreach.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import type { JudgedDonor } from '../../domain/outreach/matching.js';
import { presentOutreachAbilities } from '../../domain/outreach/outreach-abilities.js';
import { sendAfter } from '../../domain/outreach/send-time.js';
import { reliabilityScore } from '../../domain/outreach/matching.js';
import { matchNeed, type MatchedDonor } from './match-need.js';
import { loadNeedContext, requireOutreach, type NeedContext } from './need-context.js';
import { matchedDonor, needView, outreachView } from './outreach-view.js';
import { asksView } from './outreach-view.js';

const maxCandidates = 50;
const maxNearMisses = 30;
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

function candidateView(
  j: JudgedDonor<MatchedDonor>,
  rank: number | null,
  context: NeedContext,
  now: Date,
): CandidateView {
  const d = j.donor;
  const after = sendAfter({
    now,
    critical: context.priority === 'critical',
    quietHours: context.policy.quietHours,
    contactFrom: d.contactFrom,
    contactTo: d.contactTo,
  });
  return {
    donor: matchedDonor(d),
    distanceKm: oneDecimal(d.distanceKm),
    compatibility: { preferred: j.compatibility.preferred, reason: j.compatibility.reason },
    reliability: {
      timesAsked: d.timesAsked,
      timesYes: d.timesYes,
      timesNo: d.timesNo,
      score: Math.round(reliabilityScore(d.timesAsked, d.timesYes) * 1000) / 1000,
    },
    lastAskedAt: d.lastAskedAt?.toISOString() ?? null,
    asksLast30Days: d.asksInWindow,
    eligibleFrom: d.eligibleFrom,
    eligibilityAssumed: d.eligibilityAssumed,
    rank,
    exclusions: j.exclusions,
    eligibilityReasons: j.exclusions.some((e) => e.code === 'ineligible') ? [...d.eligibilityReasons] : [],
    sendAfter: after?.toISOString() ?? null,
  };
}

export async function listCandidates(db: Db, actor: Actor, caseId: string, needId: string): Promise<CandidatesView> {
  const now = new Date();
  return db.transaction(async (tx) => {
    const context = await loadNeedContext(tx, actor, caseId, needId, { now });
    requireOutreach(context.abilities.read);
    const radiusKm = context.run?.radiusKm ?? context.policy.radiusKm.start;
    const plan = context.blocked
      ? { candidates: [], nearMisses: [] }
      : await matchNeed(tx, context, radiusKm, now, { nearMisses: true });
    const asks = (await asksView(tx, context, now)).items;
    return {
      need: needView(context),
      centre: context.centre,
      radiusKm,
      blocked: context.blocked,
      candidates: plan.candidates.slice(0, maxCandidates).map((j, i) => candidateView(j, i + 1, context, now)),
      nearMisses: plan.nearMisses.slice(0, maxNearMisses).map((j) => candidateView(j, null, context, now)),
      outreach: await outreachView(tx, context, asks, now),
      can: presentOutreachAbilities(context.abilities),
    };
  });
}
