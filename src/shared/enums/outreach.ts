// Matching donors to a case's blood need and asking them (issue #12, items 5, 6, 7, 9): why a donor is or is not
// asked, why a need cannot be matched, how a run stopped and what a donor answered. Stored or shown as text: never
// rename a value in place.

/**
 * Why a donor is not a candidate for a need (texts: outreach.exclusion.<code>; the parameters each carries are in
 * the contract's `candidateExclusion`). A donor may have several; the first in this order is the headline.
 */
export const candidateExclusions = [
  'opted_out',
  'consent_withdrawn',
  'group_unknown',
  'incompatible',
  'product_not_given',
  'ineligible',
  'convalescent_ineligible',
  'already_asked',
  'booked_for_transfusion',
  'fatigued',
  'too_far',
  'unverified_held_back',
] as const;
export type CandidateExclusion = (typeof candidateExclusions)[number];

/**
 * The ICMR convalescent-plasma rules a plasma donor fails when the organisation's policy switches them on (texts:
 * outreach.convalescent.<code>).
 */
export const convalescentReasons = [
  'not_recovered',
  'recovered_too_recently',
  'vaccinated_too_recently',
  'ever_pregnant',
  'pregnancy_unknown',
  'sex_unknown',
  'age_under_minimum',
  'age_over_maximum',
] as const;
export type ConvalescentReason = (typeof convalescentReasons)[number];

/** Why a need cannot be matched at all (texts: outreach.blocked.<code>). */
export const matchingBlocks = [
  'not_a_blood_need',
  'recipient_group_unknown',
  'case_closed',
  'all_units_arranged',
] as const;
export type MatchingBlock = (typeof matchingBlocks)[number];

/** Why a need's outreach stopped (texts: outreach.stopReason.<code>). */
export const outreachStopReasons = [
  'operator',
  'case_closed',
  'case_fulfilled',
  'all_units_arranged',
  'max_radius_reached',
] as const;
export type OutreachStopReason = (typeof outreachStopReasons)[number];

/** What a donor answered. */
export const donorAnswers = ['yes', 'no'] as const;
export type DonorAnswer = (typeof donorAnswers)[number];

/**
 * An ask as the donor sees it on the signed link: still open, matched (go to the hospital), said yes after the
 * units were arranged (thanked), said no, or no longer open (expired, cancelled, the case closed).
 */
export const donorAskOutcomes = ['open', 'matched', 'already_arranged', 'declined', 'closed'] as const;
export type DonorAskOutcome = (typeof donorAskOutcomes)[number];
