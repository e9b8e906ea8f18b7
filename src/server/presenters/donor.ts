// Donor rows → the registry's JSON: the list's summaries (phones always masked) and one donor's record as the
// reader may see it, with `can` from the same abilities the use cases guard with.
import type {
  DonationView,
  DonorCan,
  DonorEventView,
  DonorSummary,
  DonorView,
  ProductEligibilityView,
} from '../../shared/contracts/donors.js';
import { donorProducts, type AboRhGroup, type DonorIdKind, type EligibilityReasonCode } from '../../shared/enums.js';
import type { DistrictEntry } from '../db/queries/districts.js';
import type { donations, donors } from '../db/schema/index.js';
import type { BloodPolicy } from '../domain/blood/blood-policy.js';
import { fullYears, kolkataDay } from '../domain/blood/calendar.js';
import type { DonorAbilities } from '../domain/blood/donor-abilities.js';
import { decideDonorEligibility } from '../domain/blood/donor-eligibility.js';
import { maskPhone } from '../domain/privacy/masking.js';

export type DonorRow = typeof donors.$inferSelect;
export type DonationRow = typeof donations.$inferSelect;

const districtView = (code: string, district: DistrictEntry | undefined) => ({
  code,
  name: district?.name ?? code,
  nameHi: district?.nameHi ?? district?.name ?? code,
});

export function presentDonorCan(abilities: DonorAbilities): DonorCan {
  return {
    update: abilities.update === true,
    logCall: abilities.logCall === true,
    verify: abilities.verify === true,
    confirmGroup: abilities.confirmGroup === true,
    recordCentreDeferral: abilities.recordCentreDeferral === true,
    recordDonation: abilities.recordDonation === true,
    revealContact: abilities.revealContact === true,
    withdrawConsent: abilities.withdrawConsent === true,
  };
}

type StoredDays = Pick<
  DonorRow,
  'eligibleWholeBloodFrom' | 'eligiblePlateletsFrom' | 'eligiblePlasmaFrom' | 'products'
>;

/** The stored days matching reads, for the products the donor gives. */
function storedDays(row: StoredDays): string[] {
  const days = {
    whole_blood: row.eligibleWholeBloodFrom,
    platelets: row.eligiblePlateletsFrom,
    plasma: row.eligiblePlasmaFrom,
  };
  return row.products.flatMap((p) => (days[p] ? [days[p]] : []));
}

/** The earliest day among `days`, shown as today when it has passed; null when there is none. */
function nextDay(days: readonly string[], today: string): string | null {
  const earliest = [...days].sort()[0];
  if (earliest === undefined) return null;
  return earliest < today ? today : earliest;
}

const ageOf = (dateOfBirth: string | null, today: string): number | null =>
  dateOfBirth === null ? null : fullYears(dateOfBirth, today);

export function presentDonorSummary(
  row: DonorRow,
  organisationName: string,
  district: DistrictEntry | undefined,
  now: Date,
): DonorSummary {
  const today = kolkataDay(now);
  const days = storedDays(row);
  return {
    id: row.id,
    organisation: { id: row.organisationId, name: organisationName },
    name: row.name,
    phone: maskPhone(row.phone),
    bloodGroup: row.bloodGroup,
    groupConfirmed: row.groupConfirmedAt !== null,
    sex: row.sex,
    age: ageOf(row.dateOfBirth, today),
    district: districtView(row.districtCode, district),
    locality: row.locality,
    products: [...row.products],
    category: row.category,
    language: row.language,
    source: row.source,
    verified: row.verifiedAt !== null,
    eligibleNow: days.some((d) => d <= today),
    nextEligibleOn: nextDay(days, today),
    lastDonatedOn: row.lastDonatedOn,
    optedOut: row.optedOutAt !== null,
    consentWithdrawn: row.consentWithdrawnAt !== null,
    timesAsked: row.timesAsked,
    timesYes: row.timesYes,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export interface DonationExtras {
  recordedByName: string | null;
  caseReference: string | null;
}

export function presentDonation(row: DonationRow, extras: DonationExtras): DonationView {
  return {
    id: row.id,
    product: row.product,
    units: row.units,
    bagNumber: row.bagNumber,
    bloodCentre: row.bloodCentre,
    donatedOn: row.donatedOn,
    replacement: row.replacement,
    reachedNote: row.reachedNote,
    case: row.caseId && extras.caseReference ? { id: row.caseId, reference: extras.caseReference } : null,
    recordedBy: extras.recordedByName,
    recordedAt: row.recordedAt.toISOString(),
  };
}

export interface DonorEventRow {
  id: number;
  type: DonorEventView['type'];
  at: Date;
  actorName: string | null;
  caseId: string | null;
  details: Record<string, unknown>;
}

export interface DonorViewExtras {
  organisationName: string;
  district: DistrictEntry | undefined;
  groupConfirmedByName: string | null;
  verifiedByName: string | null;
  /** Newest first. */
  events: readonly DonorEventRow[];
  /** Newest first. */
  donations: ReadonlyArray<{ row: DonationRow } & DonationExtras>;
  /** Every donation on record (the list above may be a page of them): the rules read them all. */
  given: ReadonlyArray<Pick<DonationRow, 'product' | 'donatedOn'>>;
  policy: Pick<BloodPolicy, 'contestedClauses'>;
  /** While the reader has the number revealed: when it is masked again. */
  revealedUntil: Date | null;
  abilities: DonorAbilities;
}

export function presentDonor(row: DonorRow, extras: DonorViewExtras, now: Date): DonorView {
  const today = kolkataDay(now);
  // Decided now by the current rules (a deferral may have ended since the stored decision).
  const decided = decideDonorEligibility(row, extras.given, extras.policy, now);
  const eligibility: ProductEligibilityView[] = donorProducts.flatMap((product) => {
    const decision = decided.eligibility[product];
    return decision
      ? [
          {
            product,
            eligible: decision.eligible,
            from: decision.from,
            reasons: decision.reasons.map((r) => ({ code: r.code as EligibilityReasonCode, params: r.params })),
          },
        ]
      : [];
  });
  const eligibleNow = eligibility.some((e) => e.eligible);
  const days = eligibility.flatMap((e) => (e.from ? [e.from] : []));
  return {
    id: row.id,
    organisation: { id: row.organisationId, name: extras.organisationName },
    name: row.name,
    phone: extras.revealedUntil ? row.phone : maskPhone(row.phone),
    phoneRevealed: extras.revealedUntil !== null,
    revealedUntil: extras.revealedUntil?.toISOString() ?? null,
    sex: row.sex,
    dateOfBirth: row.dateOfBirth,
    age: ageOf(row.dateOfBirth, today),
    weightBand: row.weightBand,
    weightKg: row.weightKg,
    bloodGroup: row.bloodGroup as AboRhGroup | null,
    groupConfirmed:
      row.groupConfirmedAt && row.groupConfirmedCentre
        ? {
            at: row.groupConfirmedAt.toISOString(),
            byName: extras.groupConfirmedByName,
            centre: row.groupConfirmedCentre,
          }
        : null,
    phenotype: row.phenotype,
    antigens: row.antigens,
    phenotypeNotes: row.phenotypeNotes,
    district: districtView(row.districtCode, extras.district),
    locality: row.locality,
    pincode: row.pincode,
    locationSource: row.locationSource,
    products: [...row.products],
    contactFrom: row.contactFrom,
    contactTo: row.contactTo,
    category: row.category,
    language: row.language,
    preferredChannel: row.preferredChannel === 'sms' ? 'sms' : 'whatsapp',
    source: row.source,
    consent: {
      purpose: row.consentPurpose,
      at: row.consentAt.toISOString(),
      channel: row.consentChannel,
      withdrawnAt: row.consentWithdrawnAt?.toISOString() ?? null,
    },
    optedOutAt: row.optedOutAt?.toISOString() ?? null,
    verification:
      row.verifiedAt && row.idSeen
        ? { at: row.verifiedAt.toISOString(), byName: extras.verifiedByName, idSeen: row.idSeen as DonorIdKind }
        : null,
    firstTimeDonor: row.firstTimeDonor,
    declaredLastDonation: row.declaredLastDonation,
    deferrals: row.deferrals.map((d) => ({ kind: d.kind, date: d.date })),
    pregnant: row.pregnant,
    breastFeeding: row.breastFeeding,
    breastFeedingUntil: row.breastFeedingUntil,
    contestedClauses: [...row.contestedClauses],
    centreDeferral: row.centreDeferralReason
      ? { reason: row.centreDeferralReason, until: row.centreDeferralUntil }
      : null,
    eligibility,
    eligibilityRuleSet: decided.eligibilityRuleSet,
    eligibilityAssumed: decided.eligibilityAssumed,
    eligibleNow,
    nextEligibleOn: eligibleNow ? today : nextDay(days, today),
    reliability: {
      timesAsked: row.timesAsked,
      timesYes: row.timesYes,
      timesNo: row.timesNo,
      lastAskedAt: row.lastAskedAt?.toISOString() ?? null,
    },
    lastDonatedOn: row.lastDonatedOn,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    history: extras.events.map((e) => ({
      id: String(e.id),
      type: e.type,
      at: e.at.toISOString(),
      actorName: e.actorName,
      caseId: e.caseId,
      details: e.details,
    })),
    donations: extras.donations.map((d) => presentDonation(d.row, d)),
    can: presentDonorCan(extras.abilities),
  };
}
