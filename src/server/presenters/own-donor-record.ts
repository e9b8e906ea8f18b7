// A donor's own record as /donate/me shows it to them: their registration, what they may give and from when, and
// their donations — nothing about the cases their blood went to beyond the words they were told.
import type { OwnDonorRecord } from '../../shared/contracts/public-donors.js';
import type { ProductEligibilityView } from '../../shared/contracts/donors.js';
import type { DonorProduct, EligibilityReasonCode } from '../../shared/enums.js';
import type { StoredEligibility } from '../db/schema/blood.js';

/**
 * Per product the donor gives, the stored decision read on `today`: a day that has come makes them eligible
 * (the decision's reasons were about the wait until then).
 */
export function eligibilityOn(
  products: readonly DonorProduct[],
  stored: Record<string, StoredEligibility>,
  today: string,
): ProductEligibilityView[] {
  return products.map((product) => {
    const decision = stored[product];
    const from = decision?.from ?? null;
    const eligible = from !== null && from <= today;
    return {
      product,
      eligible,
      from: eligible ? today : from,
      reasons: eligible
        ? []
        : (decision?.reasons ?? []).map((r) => ({ code: r.code as EligibilityReasonCode, params: r.params })),
    };
  });
}

/** The earliest day any product may be given (today when one may be now); null when no day is known. */
export function nextEligibleDay(eligibility: readonly ProductEligibilityView[]): string | null {
  const days = eligibility.map((e) => e.from).filter((day): day is string => day !== null);
  return days.length === 0 ? null : days.reduce((a, b) => (a <= b ? a : b));
}

export interface OwnDonorRow {
  organisation: string;
  name: string;
  bloodGroup: OwnDonorRecord['bloodGroup'];
  groupConfirmedAt: Date | null;
  district: OwnDonorRecord['district'];
  products: DonorProduct[];
  language: OwnDonorRecord['language'];
  verifiedAt: Date | null;
  createdAt: Date;
  consentWithdrawnAt: Date | null;
  optedOutAt: Date | null;
  eligibility: Record<string, StoredEligibility>;
}

export function presentOwnDonorRecord(
  row: OwnDonorRow,
  donations: OwnDonorRecord['donations'],
  today: string,
): OwnDonorRecord {
  const eligibility = eligibilityOn(row.products, row.eligibility, today);
  return {
    organisation: row.organisation,
    name: row.name,
    bloodGroup: row.bloodGroup,
    groupConfirmed: row.groupConfirmedAt !== null,
    district: row.district,
    products: row.products,
    language: row.language,
    verified: row.verifiedAt !== null,
    registeredAt: row.createdAt.toISOString(),
    consentWithdrawn: row.consentWithdrawnAt !== null,
    optedOut: row.optedOutAt !== null,
    eligibleNow: eligibility.some((e) => e.eligible),
    nextEligibleOn: nextEligibleDay(eligibility),
    eligibility,
    donations,
  };
}
