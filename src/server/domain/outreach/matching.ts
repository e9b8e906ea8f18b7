// Which donors are asked for a need, in what order, and why the others near the patient are not. Pure: the use
// case reads the donors (db/queries/donor-candidates.ts, nearby-donors.ts) and the policy, this decides.
//
// A donor is a candidate when nothing excludes them (candidateExclusions' order is the headline order): willing
// (no STOP, consent kept), of a known, compatible group, giving the product, eligible today (and, for a plasma need
// under the convalescent policy, by the ICMR rules), not asked for this need already, not booked by a thalassemia
// roster for the transfusion the case stands for, not fatigued, within the radius — and, where the policy says so, verified, unless no verified candidate is within reach.
//
// Ranking weighs what the issue names: nearness, verification, reliability (how they answered before) and how
// long since they were last asked; a group-identical donor comes before a merely compatible one, which keeps O−
// and the other scarce groups for the patients who can take nothing else.
import type { CandidateExclusionView } from '../../../shared/contracts/outreach.js';
import type {
  AboRhGroup,
  BloodProduct,
  CandidateExclusion,
  DonorAskState,
  DonorProduct,
  EligibilityReasonCode,
  RarePhenotype,
  RhKellAntigens,
  TransfusionBookingState,
} from '../../../shared/enums.js';
import type { BloodPolicy } from '../blood/blood-policy.js';
import type { IsoDay } from '../blood/calendar.js';
import { compatibility, type Compatibility, type RecipientType } from '../blood/compatibility.js';
import { convalescentRefusals, type ConvalescentFacts } from './convalescent.js';
import { fatigue } from './fatigue.js';

export interface MatchingDonor extends ConvalescentFacts {
  id: string;
  bloodGroup: AboRhGroup | null;
  phenotype: RarePhenotype | null;
  antigens: RhKellAntigens;
  products: readonly DonorProduct[];
  verified: boolean;
  /** STOP on the donor record, or the phone on the channels' opt-out list. */
  optedOut: boolean;
  consentWithdrawn: boolean;
  distanceKm: number;
  /** The stored day from which they may give the need's product (null: no known day). */
  eligibleFrom: IsoDay | null;
  eligibilityReasons: ReadonlyArray<{ code: EligibilityReasonCode; params: Record<string, string | number> }>;
  asksInWindow: number;
  lastAskedAt: Date | null;
  timesAsked: number;
  timesYes: number;
  /** The state of this donor's ask for the need, if they were asked for it (a cancelled one does not count). */
  askState: DonorAskState | null;
}

export interface MatchingContext {
  recipient: RecipientType;
  product: BloodProduct;
  donorProduct: DonorProduct;
  convalescent: boolean;
  today: IsoDay;
  now: Date;
  radiusKm: number;
  policy: Pick<BloodPolicy, 'maxAsksPer30Days' | 'unverifiedOnlyWhenNoVerified'>;
  /**
   * Donors already booked from a thalassemia child's pool for the transfusion this case stands for, with their
   * booking's state: they are asked by the roster (and counted by units-short.ts), never a second time by outreach.
   */
  bookedForTransfusion?: ReadonlyMap<string, TransfusionBookingState>;
}

export interface JudgedDonor<D extends MatchingDonor = MatchingDonor> {
  donor: D;
  compatibility: Compatibility;
  exclusions: CandidateExclusionView[];
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** Every reason the donor is not asked for the need (empty: a candidate), before the verified-first rule. */
export function exclusionsOf<D extends MatchingDonor>(donor: D, context: MatchingContext): JudgedDonor<D> {
  const out: CandidateExclusionView[] = [];
  const add = (code: CandidateExclusion, params: Record<string, string | number> = {}) => out.push({ code, params });
  if (donor.optedOut) add('opted_out');
  if (donor.consentWithdrawn) add('consent_withdrawn');
  let judged: Compatibility = { compatible: false, preferred: false, reason: 'abo_incompatible' };
  if (donor.bloodGroup === null) add('group_unknown');
  else {
    judged = compatibility(
      { group: donor.bloodGroup, phenotype: donor.phenotype, antigens: donor.antigens },
      context.recipient,
      context.product,
    );
    if (!judged.compatible) add('incompatible', { reason: judged.reason });
  }
  if (!donor.products.includes(context.donorProduct)) add('product_not_given');
  else if (donor.eligibleFrom === null || donor.eligibleFrom > context.today) {
    add('ineligible', {
      ...(donor.eligibleFrom !== null ? { date: donor.eligibleFrom } : {}),
      reasons: donor.eligibilityReasons.map((r) => r.code).join(','),
    });
  }
  if (context.convalescent) {
    const [refusal] = convalescentRefusals(donor, context.today);
    if (refusal)
      add('convalescent_ineligible', { reason: refusal.reason, ...(refusal.date ? { date: refusal.date } : {}) });
  }
  if (donor.askState !== null && donor.askState !== 'cancelled') add('already_asked', { state: donor.askState });
  const booking = context.bookedForTransfusion?.get(donor.id);
  if (booking) add('booked_for_transfusion', { state: booking });
  const tired = fatigue(donor.asksInWindow, donor.lastAskedAt, context.now, context.policy);
  if (tired.fatigued) {
    add('fatigued', {
      count: tired.count,
      limit: tired.limit,
      days: tired.days,
      ...(tired.lastAskedDays !== null ? { lastAskedDays: tired.lastAskedDays } : {}),
    });
  }
  if (donor.distanceKm > context.radiusKm) {
    add('too_far', { distanceKm: oneDecimal(donor.distanceKm), radiusKm: oneDecimal(context.radiusKm) });
  }
  return { donor, compatibility: judged, exclusions: out };
}

/**
 * Unverified donors wait while a verified candidate is within reach (the policy's choice): they are held back,
 * with how many verified candidates there are, and asked once none is left.
 */
export function holdBackUnverified<D extends MatchingDonor>(
  judged: JudgedDonor<D>[],
  policy: Pick<BloodPolicy, 'unverifiedOnlyWhenNoVerified'>,
): JudgedDonor<D>[] {
  if (!policy.unverifiedOnlyWhenNoVerified) return judged;
  const verified = judged.filter((j) => j.exclusions.length === 0 && j.donor.verified).length;
  if (verified === 0) return judged;
  return judged.map((j) =>
    j.exclusions.length === 0 && !j.donor.verified
      ? { ...j, exclusions: [{ code: 'unverified_held_back', params: { verified } }] }
      : j,
  );
}

/** The share of YES with a prior of one YES in two asks: a new donor starts at 0.5. */
export function reliabilityScore(timesAsked: number, timesYes: number): number {
  return (timesYes + 1) / (Math.max(timesAsked, timesYes) + 2);
}

export const rankingWeights = {
  /** Nearness: 1 at the patient, 0 at the radius. */
  distance: 0.35,
  verified: 0.2,
  reliability: 0.2,
  /** Rest since the last ask: 1 when never asked or 30 days or more ago. */
  rest: 0.15,
  preferred: 0.1,
} as const;

export function rankScore(judged: JudgedDonor, context: Pick<MatchingContext, 'radiusKm' | 'now'>): number {
  const d = judged.donor;
  const nearness = 1 - Math.min(1, d.distanceKm / Math.max(context.radiusKm, 0.001));
  const restDays = d.lastAskedAt ? (context.now.getTime() - d.lastAskedAt.getTime()) / 86_400_000 : 30;
  return (
    rankingWeights.distance * nearness +
    rankingWeights.verified * (d.verified ? 1 : 0) +
    rankingWeights.reliability * reliabilityScore(d.timesAsked, d.timesYes) +
    rankingWeights.rest * Math.min(1, Math.max(0, restDays) / 30) +
    rankingWeights.preferred * (judged.compatibility.preferred ? 1 : 0)
  );
}

export interface MatchingPlan<D extends MatchingDonor> {
  /** Best first. */
  candidates: JudgedDonor<D>[];
  /** Not asked, nearest first. */
  nearMisses: JudgedDonor<D>[];
}

/** Judges every donor read near the patient and ranks the candidates (each donor once, whichever read found them). */
export function planMatching<D extends MatchingDonor>(donors: readonly D[], context: MatchingContext): MatchingPlan<D> {
  const unique = [...new Map(donors.map((d) => [d.id, d])).values()];
  const judged = holdBackUnverified(
    unique.map((d) => exclusionsOf(d, context)),
    context.policy,
  );
  const score = new Map(judged.map((j) => [j.donor.id, rankScore(j, context)]));
  const candidates = judged
    .filter((j) => j.exclusions.length === 0)
    .sort(
      (a, b) =>
        (score.get(b.donor.id) ?? 0) - (score.get(a.donor.id) ?? 0) ||
        a.donor.distanceKm - b.donor.distanceKm ||
        a.donor.id.localeCompare(b.donor.id),
    );
  const nearMisses = judged
    .filter((j) => j.exclusions.length > 0)
    .sort((a, b) => a.donor.distanceKm - b.donor.distanceKm || a.donor.id.localeCompare(b.donor.id));
  return { candidates, nearMisses };
}
