// Editing a registered donor: the form starts from the record as the server has it, and sends a partial update
// (`updateDonorBody`) without the phone, which is the donor's key and never changes here.
import type { DonorView } from '../../../shared/contracts/donors.js';
import { clockOf, donorBodyFrom, type DonorBodyDraft, type DonorDraft } from './donor-draft';

/** The form's draft for a donor as they are on record. */
export function draftFromDonor(donor: DonorView): DonorDraft {
  return {
    phone: donor.phone,
    name: donor.name,
    sex: donor.sex ?? '',
    dateOfBirth: donor.dateOfBirth ?? '',
    weightBand: donor.weightBand ?? '',
    weightKg: donor.weightKg === null ? '' : String(donor.weightKg),
    bloodGroup: donor.bloodGroup ?? 'unknown',
    phenotype: donor.phenotype ?? '',
    antigens: donor.antigens,
    phenotypeNotes: donor.phenotypeNotes ?? '',
    district: donor.district.code,
    locality: donor.locality ?? '',
    pincode: donor.pincode ?? '',
    products: donor.products,
    contactFrom: clockOf(donor.contactFrom),
    contactTo: clockOf(donor.contactTo),
    preferredChannel: donor.preferredChannel,
    category: donor.category,
    language: donor.language,
    firstTimeDonor: donor.firstTimeDonor,
    lastDonation: donor.declaredLastDonation ?? '',
    deferrals: donor.deferrals.map((deferral) => ({ ...deferral })),
    pregnant: donor.pregnant,
    breastFeeding: donor.breastFeeding,
    breastFeedingUntil: donor.breastFeedingUntil ?? '',
    contestedClauses: donor.contestedClauses,
    consentPurpose: donor.consent.purpose,
    // Consent was given at registration; editing does not ask again.
    consentGiven: true,
  };
}

/** The update as the form sends it: the registration's fields but the phone. */
export type DonorUpdateDraft = Omit<DonorBodyDraft, 'phone'>;

/**
 * The whole form as a partial update. Choices emptied on the form are left out (kept as stored) rather than
 * cleared: sex, date of birth and weight are facts, and the registry keeps them once given.
 */
export function updateBodyFrom(draft: DonorDraft): DonorUpdateDraft {
  const { phone: _phone, ...body } = donorBodyFrom(draft);
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as DonorUpdateDraft;
}
