// A donor's eligibility as stored on their record: one decision per product they give, with the rule-set version,
// and the day from which each product may be asked for (what matching filters on). Recomputed whenever anything the
// rules read changes: a registration, an edit, a centre's deferral, a donation.
import {
  currentEligibilityRuleSet,
  donorProducts,
  type ContestedDeferralClause,
  type DonorProduct,
  type EligibilityRuleSet,
  type EventDeferralKind,
  type Sex,
  type WeightBand,
} from '../../../shared/enums.js';
import type { BloodPolicy } from './blood-policy.js';
import { kolkataDay } from './calendar.js';
import { eligibility, type DonorFacts, type EligibilityDecision, type PastDonation } from './eligibility.js';

/** The fields of a donor record the rules read (a subset of the `donors` row). */
export interface DonorRecordFacts {
  /** Null until the verification call asks (a donor from the WhatsApp conversation): see `assumedFacts`. */
  dateOfBirth: string | null;
  sex: Sex | null;
  weightBand: WeightBand | null;
  weightKg: number | null;
  products: readonly DonorProduct[];
  firstTimeDonor: boolean;
  declaredLastDonation: string | null;
  deferrals: ReadonlyArray<{ kind: EventDeferralKind; date: string }>;
  pregnant: boolean;
  breastFeeding: boolean;
  breastFeedingUntil: string | null;
  contestedClauses: readonly ContestedDeferralClause[];
  centreDeferralReason: string | null;
  centreDeferralUntil: string | null;
}

/** A donation we recorded: its product and Kolkata day. */
export interface RecordedDonation {
  product: DonorProduct;
  donatedOn: string;
}

/** What the rules assumed for facts the donor has not given yet: the cautious side of each rule. */
export type AssumedFact = 'dateOfBirth' | 'sex' | 'weight';

export interface StoredDonorEligibility {
  /** Facts the decision assumed (and the verification call should confirm); empty when all were given. */
  eligibilityAssumed: AssumedFact[];
  eligibleWholeBloodFrom: string | null;
  eligiblePlateletsFrom: string | null;
  eligiblePlasmaFrom: string | null;
  eligibility: Partial<Record<DonorProduct, EligibilityDecision>>;
  eligibilityRuleSet: EligibilityRuleSet;
}

/**
 * A recorded donation counts from noon of its day (Kolkata): a day carries no hour, and noon keeps the 48-hour
 * apheresis gap from ending a day early or late by more than half a day either way. A donation recorded this
 * morning has happened already, so it counts from now rather than from a noon still ahead (else the rules, which
 * ignore donations after `now`, would call the donor eligible until midday).
 */
function donationInstant(day: string, now: Date): Date {
  const noon = new Date(`${day}T12:00:00+05:30`);
  return noon > now && day <= kolkataDay(now) ? now : noon;
}

/**
 * For a donor whose age, sex or weight we do not know yet, the cautious side of each rule: an adult under 60 (the
 * age rules then never defer — the verification call confirms it), a woman's 120 days between whole-blood
 * donations, and a weight that allows a 350 ml bag but not apheresis until confirmed.
 */
function withAssumptions(
  record: DonorRecordFacts,
  now: Date,
): { dateOfBirth: string; sex: Sex; weight: WeightBand; assumed: AssumedFact[] } {
  const assumed: AssumedFact[] = [];
  if (record.dateOfBirth === null) assumed.push('dateOfBirth');
  if (record.sex === null) assumed.push('sex');
  if (record.weightBand === null && record.weightKg === null) assumed.push('weight');
  const thirtyYearsAgo = `${Number(kolkataDay(now).slice(0, 4)) - 30}${kolkataDay(now).slice(4)}`;
  return {
    dateOfBirth: record.dateOfBirth ?? thirtyYearsAgo.replace(/-02-29$/, '-02-28'),
    sex: record.sex ?? 'female',
    weight: record.weightBand ?? '45-55',
    assumed,
  };
}

export function donorFacts(record: DonorRecordFacts, donations: readonly RecordedDonation[], now: Date): DonorFacts {
  const known = withAssumptions(record, now);
  const past: PastDonation[] = donations.map((d) => ({ product: d.product, date: donationInstant(d.donatedOn, now) }));
  // A last donation the donor told us of counts as whole blood, unless one we recorded is as recent.
  if (record.declaredLastDonation && !donations.some((d) => d.donatedOn >= (record.declaredLastDonation ?? ''))) {
    past.push({ product: 'whole_blood', date: donationInstant(record.declaredLastDonation, now) });
  }
  return {
    dateOfBirth: known.dateOfBirth,
    sex: known.sex,
    weight: record.weightKg ?? known.weight,
    firstTimeDonor: record.firstTimeDonor,
    donations: past,
    deferrals: record.deferrals,
    pregnant: record.pregnant,
    breastFeeding: record.breastFeeding,
    breastFeedingUntil: record.breastFeedingUntil,
    centreDeferral:
      record.centreDeferralReason !== null
        ? { reason: record.centreDeferralReason, until: record.centreDeferralUntil }
        : null,
    contestedClauses: record.contestedClauses,
  };
}

/** The decisions for every product the donor gives, and the days matching reads, at the instant `now`. */
export function decideDonorEligibility(
  record: DonorRecordFacts,
  donations: readonly RecordedDonation[],
  policy: Pick<BloodPolicy, 'contestedClauses'>,
  now: Date,
): StoredDonorEligibility {
  const facts = donorFacts(record, donations, now);
  const decisions: Partial<Record<DonorProduct, EligibilityDecision>> = {};
  for (const product of donorProducts) {
    if (!record.products.includes(product)) continue;
    decisions[product] = eligibility(
      // The contested clauses are read only for those this organisation's policy applies.
      { ...facts, contestedClauses: facts.contestedClauses?.filter((c) => policy.contestedClauses.includes(c)) },
      product,
      now,
      { permanentDeferralClauses: policy.contestedClauses.length > 0 },
    );
  }
  return {
    eligibilityAssumed: withAssumptions(record, now).assumed,
    eligibleWholeBloodFrom: decisions.whole_blood?.from ?? null,
    eligiblePlateletsFrom: decisions.platelets?.from ?? null,
    eligiblePlasmaFrom: decisions.plasma?.from ?? null,
    eligibility: decisions,
    eligibilityRuleSet: currentEligibilityRuleSet,
  };
}
