// The donor registry as the desk sees it (issue #12): the list, one donor's record with its history and donations,
// and the bodies of every action on it. Registration itself takes `donorInput` (donor-input.ts), whichever door the
// donor came through. Phones are masked (+91 98xxx xx345) everywhere unless the reader revealed that donor's number
// in the last 30 minutes (POST /donors/{id}/reveal-contact, recorded in the audit log); lists always mask.
import { z } from 'zod';
import {
  aboRhGroups,
  antigenStates,
  callOutcomes,
  contestedDeferralClauses,
  donorCategories,
  donorEventTypes,
  donorIdKinds,
  donorProducts,
  donorSources,
  eligibilityReasonCodes,
  eligibilityRuleSets,
  eventDeferralKinds,
  languages,
  locationSources,
  rarePhenotypes,
  rhKellAntigens,
  sexes,
  weightBands,
} from '../enums.js';
import { districtCode, pageQuery, uuid } from './common.js';
import { donorInput, isoDay } from './donor-input.js';

const districtView = z.object({ code: z.string(), name: z.string(), nameHi: z.string() });
const personRef = z.object({ id: uuid, name: z.string() });

/** One reason a donor may not give a product now; the web shows `blood.reason.<code>` with `params`. */
export const eligibilityReasonView = z.object({
  code: z.enum(eligibilityReasonCodes),
  /** `date` is an ISO day, `at` an ISO instant; the rest are numbers (days, months, age, count). */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** The eligibility rules' decision for one product the donor gives, at the moment the record was read. */
export const productEligibilityView = z.object({
  product: z.enum(donorProducts),
  eligible: z.boolean(),
  /** The Kolkata day from which they may give it (today when eligible); null when no day is known. */
  from: isoDay.nullable(),
  reasons: z.array(eligibilityReasonView),
});
export type ProductEligibilityView = z.infer<typeof productEligibilityView>;

/**
 * What the donor may be asked to do now, and who may do what with the record. Computed once on the server
 * (domain/blood/donor-abilities.ts); the screens show exactly these actions.
 */
export const donorCan = z.object({
  update: z.boolean(),
  /** Log a verification call (reached / no answer / wrong number). */
  logCall: z.boolean(),
  /** Mark verified with the ID seen. */
  verify: z.boolean(),
  /** Record the group a blood centre confirmed. */
  confirmGroup: z.boolean(),
  /** Record or clear a blood centre's deferral. */
  recordCentreDeferral: z.boolean(),
  recordDonation: z.boolean(),
  revealContact: z.boolean(),
  withdrawConsent: z.boolean(),
});
export type DonorCan = z.infer<typeof donorCan>;

/** A row of the donor list. */
export const donorSummary = z.object({
  id: uuid,
  organisation: personRef,
  name: z.string(),
  /** Always masked in lists. */
  phone: z.string(),
  bloodGroup: z.enum(aboRhGroups).nullable(),
  /** A blood centre confirmed the group (else it is the donor's own word). */
  groupConfirmed: z.boolean(),
  sex: z.enum(sexes).nullable(),
  age: z.number().int().nullable(),
  district: districtView,
  locality: z.string().nullable(),
  products: z.array(z.enum(donorProducts)),
  category: z.enum(donorCategories),
  language: z.enum(languages),
  source: z.enum(donorSources),
  verified: z.boolean(),
  /** Eligible today for at least one product they give (from the stored decision: what matching reads). */
  eligibleNow: z.boolean(),
  /** The earliest day any of their products may be given; null when none has a known day. */
  nextEligibleOn: isoDay.nullable(),
  lastDonatedOn: isoDay.nullable(),
  optedOut: z.boolean(),
  consentWithdrawn: z.boolean(),
  timesAsked: z.number().int(),
  timesYes: z.number().int(),
  updatedAt: z.string(),
});
export type DonorSummary = z.infer<typeof donorSummary>;

/**
 * The list's filters. `bloodGroup` is URL-encoded (`B%2B`); `unknown` finds donors who do not know their group.
 * `eligibleNow=true`: eligible today for `product` when one is given, else for any product they give.
 * `q`: part of the name, or the last digits of the phone (3 to 10 digits).
 */
export const donorQuery = pageQuery.extend({
  district: districtCode.optional(),
  bloodGroup: z.enum([...aboRhGroups, 'unknown']).optional(),
  product: z.enum(donorProducts).optional(),
  verified: z.enum(['true', 'false']).optional(),
  eligibleNow: z.enum(['true', 'false']).optional(),
  category: z.enum(donorCategories).optional(),
  organisationId: uuid.optional(),
});
export type DonorQuery = z.input<typeof donorQuery>;
export const donorList = z.object({ items: z.array(donorSummary), total: z.number().int() });
export type DonorList = z.infer<typeof donorList>;

export const donorEventView = z.object({
  id: z.string(),
  type: z.enum(donorEventTypes),
  at: z.string(),
  /** Null: the donor themselves (the public page, the conversation) or the system. */
  actorName: z.string().nullable(),
  caseId: uuid.nullable(),
  /**
   * What the event recorded, by type: `registered`/`updated` {source, eligibility, ruleSet, changed?: field[],
   * declaredGroup?, keptConfirmedGroup?, leadId?}; `verification_call` {outcome, notes}; `verified` {idSeen};
   * `group_confirmed` {bloodGroup, previous, centre}; `centre_deferral` {reason, until, centre} or {cleared: true};
   * `consent_withdrawn` {note}; `donation_recorded` {donationId, product, units, bloodCentre, donatedOn,
   * nextEligibleOn}; `thanked` {donationId, channel, language}.
   */
  details: z.record(z.string(), z.unknown()),
});
export type DonorEventView = z.infer<typeof donorEventView>;

export const donationView = z.object({
  id: uuid,
  product: z.enum(donorProducts),
  units: z.number().int(),
  bagNumber: z.string().nullable(),
  bloodCentre: z.string(),
  donatedOn: isoDay,
  replacement: z.boolean(),
  reachedNote: z.string().nullable(),
  case: z.object({ id: uuid, reference: z.string() }).nullable(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
});
export type DonationView = z.infer<typeof donationView>;
export const donationList = z.object({ items: z.array(donationView) });

/** One donor's record, as an operator works it. */
export const donorView = z.object({
  id: uuid,
  organisation: personRef,
  name: z.string(),
  /** Masked (+91 98xxx xx345) until revealed. */
  phone: z.string(),
  phoneRevealed: z.boolean(),
  /** While revealed to the reader: when it is masked again (revealing again is then recorded anew). */
  revealedUntil: z.string().nullable(),
  sex: z.enum(sexes).nullable(),
  dateOfBirth: isoDay.nullable(),
  age: z.number().int().nullable(),
  weightBand: z.enum(weightBands).nullable(),
  weightKg: z.number().int().nullable(),
  bloodGroup: z.enum(aboRhGroups).nullable(),
  /** Set when a blood centre confirmed the group; a later self-registration does not change a confirmed group. */
  groupConfirmed: z.object({ at: z.string(), byName: z.string().nullable(), centre: z.string() }).nullable(),
  phenotype: z.enum(rarePhenotypes).nullable(),
  antigens: z.partialRecord(z.enum(rhKellAntigens), z.enum(antigenStates)),
  phenotypeNotes: z.string().nullable(),
  district: districtView,
  locality: z.string().nullable(),
  pincode: z.string().nullable(),
  /** Where the coordinates matching uses came from: the PIN code, the locality, or only the district. */
  locationSource: z.enum(locationSources),
  products: z.array(z.enum(donorProducts)),
  /** Minutes after midnight (Kolkata) between which they may be contacted; from > to spans midnight. */
  contactFrom: z.number().int(),
  contactTo: z.number().int(),
  category: z.enum(donorCategories),
  language: z.enum(languages),
  preferredChannel: z.enum(['whatsapp', 'sms']),
  source: z.enum(donorSources),
  consent: z.object({
    purpose: z.string(),
    at: z.string(),
    channel: z.enum(donorSources),
    withdrawnAt: z.string().nullable(),
  }),
  /** The donor sent STOP: never contacted. */
  optedOutAt: z.string().nullable(),
  verification: z.object({ at: z.string(), byName: z.string().nullable(), idSeen: z.enum(donorIdKinds) }).nullable(),
  // The donor's own answers the eligibility rules read.
  firstTimeDonor: z.boolean(),
  declaredLastDonation: isoDay.nullable(),
  deferrals: z.array(z.object({ kind: z.enum(eventDeferralKinds), date: isoDay })),
  pregnant: z.boolean(),
  breastFeeding: z.boolean(),
  breastFeedingUntil: isoDay.nullable(),
  contestedClauses: z.array(z.enum(contestedDeferralClauses)),
  /** What a blood centre recorded; it wins over the donor's answers. `until` null: no end date. */
  centreDeferral: z.object({ reason: z.string(), until: isoDay.nullable() }).nullable(),
  /** Per product they give, decided now by the current rules. */
  eligibility: z.array(productEligibilityView),
  eligibilityRuleSet: z.enum(eligibilityRuleSets),
  /** Facts the rules had to assume (not given yet; the verification call asks): 'dateOfBirth', 'sex', 'weight'. */
  eligibilityAssumed: z.array(z.enum(['dateOfBirth', 'sex', 'weight'])),
  eligibleNow: z.boolean(),
  /** The earliest `from` of the products (today when eligible now); null when none has a known day. */
  nextEligibleOn: isoDay.nullable(),
  reliability: z.object({
    timesAsked: z.number().int(),
    timesYes: z.number().int(),
    timesNo: z.number().int(),
    lastAskedAt: z.string().nullable(),
  }),
  lastDonatedOn: isoDay.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Newest first. */
  history: z.array(donorEventView),
  /** Newest first. */
  donations: z.array(donationView),
  can: donorCan,
});
export type DonorView = z.infer<typeof donorView>;

/**
 * The operator's form: a registration, for the organisation given, or else the one whose health desk the operator
 * works in the donor's district (400 `organisationId` when that is ambiguous, 403 when they may register in none).
 * Registering a phone already registered with the organisation updates that donor (201 either way; `created` says).
 */
export const createDonorBody = donorInput.extend({ organisationId: uuid.optional() });
export type CreateDonorBody = z.input<typeof createDonorBody>;
export const registeredDonor = z.object({ donorId: uuid, created: z.boolean(), donor: donorView });
export type RegisteredDonorView = z.infer<typeof registeredDonor>;

const s = donorInput.shape;
/**
 * A partial update: given fields replace the stored ones, the rest are kept, and the result is checked and decided
 * like a registration. The phone is the donor's key and is not changed here. Sex, date of birth and weight may be
 * filled in for a donor who came by WhatsApp without them.
 */
export const updateDonorBody = z.strictObject({
  name: s.name.optional(),
  sex: s.sex.optional(),
  dateOfBirth: s.dateOfBirth.optional(),
  weightBand: s.weightBand.optional(),
  weightKg: s.weightKg,
  bloodGroup: s.bloodGroup.optional(),
  phenotype: s.phenotype,
  antigens: s.antigens,
  phenotypeNotes: s.phenotypeNotes,
  district: s.district.optional(),
  locality: s.locality,
  pincode: s.pincode,
  products: s.products.unwrap().optional(),
  contactFrom: s.contactFrom.unwrap().optional(),
  contactTo: s.contactTo.unwrap().optional(),
  category: s.category.unwrap().optional(),
  language: s.language.unwrap().optional(),
  preferredChannel: s.preferredChannel.unwrap().optional(),
  firstTimeDonor: s.firstTimeDonor.unwrap().optional(),
  lastDonation: s.lastDonation,
  deferrals: s.deferrals.unwrap().optional(),
  pregnant: s.pregnant.unwrap().optional(),
  breastFeeding: s.breastFeeding.unwrap().optional(),
  breastFeedingUntil: s.breastFeedingUntil,
  contestedClauses: s.contestedClauses.unwrap().optional(),
  consentPurpose: s.consentPurpose.optional(),
});
export type UpdateDonorBody = z.input<typeof updateDonorBody>;

const note = z.string().trim().max(1000);

/** A call to verify the donor: who picked up and what was said. */
export const verificationCallBody = z.strictObject({
  outcome: z.enum(callOutcomes),
  notes: note.optional(),
});
export type VerificationCallBody = z.infer<typeof verificationCallBody>;

/**
 * Marks the donor verified, with the identity document seen (never its number). Needs their sex, date of birth and
 * weight on record (400 naming each missing field): the verification call is where a WhatsApp donor gives them.
 */
export const verifyDonorBody = z.strictObject({ idSeen: z.enum(donorIdKinds) });
export type VerifyDonorBody = z.infer<typeof verifyDonorBody>;

/** The group a blood centre found: replaces the self-declared one, and no later self-registration changes it. */
export const confirmGroupBody = z.strictObject({
  bloodGroup: z.enum(aboRhGroups),
  centre: z.string().trim().min(1).max(160),
});
export type ConfirmGroupBody = z.infer<typeof confirmGroupBody>;

/**
 * A blood centre's deferral (low haemoglobin, say): wins over the donor's own answers until `until` (the day they
 * may give again; today or later), or with no end date when null. DELETE on the same path clears it.
 */
export const centreDeferralBody = z.strictObject({
  reason: z.string().trim().min(1).max(300),
  until: isoDay.nullable(),
  centre: z.string().trim().min(1).max(160).optional(),
});
export type CentreDeferralBody = z.infer<typeof centreDeferralBody>;

/** The donor asked not to be in the registry's outreach any more: kept (their donations count), never contacted. */
export const withdrawConsentBody = z.strictObject({ note: note.optional() });
export type WithdrawConsentBody = z.infer<typeof withdrawConsentBody>;

/**
 * A donation given: the donor's next eligible day follows, and they are thanked in their language saying where the
 * blood went (`reachedNote`, else the case's hospital). `donatedOn` is today or earlier; `caseId` a case the
 * operator can see; `bagNumber` unique per blood centre.
 */
export const recordDonationBody = z.strictObject({
  product: z.enum(donorProducts),
  units: z.number().int().min(1).max(4).default(1),
  bagNumber: z.string().trim().min(1).max(40).optional(),
  bloodCentre: z.string().trim().min(1).max(160),
  donatedOn: isoDay,
  caseId: uuid.optional(),
  /** Where the blood went, in words the donor is told: "a thalassemia child at Hallet Hospital". */
  reachedNote: z.string().trim().min(1).max(200).optional(),
  /** Brought by the patient's family to replace what the centre issued. */
  replacement: z.boolean().default(false),
});
export type RecordDonationBody = z.input<typeof recordDonationBody>;
export const recordedDonation = z.object({
  donation: donationView,
  /** Whether a thank-you was queued (not when the donor opted out, withdrew consent, or there is no account). */
  thanked: z.boolean(),
  donor: donorView,
});
export type RecordedDonation = z.infer<typeof recordedDonation>;

/**
 * Turning a `donor` lead into a donor: the registration (the web prefills it from the lead), for the lead's
 * organisation; the lead is marked verified with a note naming the donor, in the same transaction.
 */
export const leadToDonorBody = donorInput;
export type LeadToDonorBody = z.input<typeof leadToDonorBody>;

/**
 * CSV import (UTF-8, comma-separated, RFC 4180 quoting; a BOM and CRLF are fine; at most 2 MB and 5,000 rows).
 * The first line names the columns, in English or Hindi, in any order and case; unknown columns are ignored and
 * listed. Accepted columns (English / Hindi names):
 * - `phone` (mobile, mobile number / फ़ोन, मोबाइल, मोबाइल नंबर) — required
 * - `name` (full name / नाम) — required
 * - `sex` (gender / लिंग): male, female, other, M, F / पुरुष, महिला, अन्य — required
 * - `date of birth` (dob, birth date / जन्म तिथि, जन्मतिथि): YYYY-MM-DD or DD/MM/YYYY (also DD-MM-YYYY, DD.MM.YYYY)
 *   — required
 * - `weight` (weight kg / वज़न, वजन): kilograms (e.g. 62) or a band <45, 45-55, >55 — required
 * - `blood group` (group, bloodgroup / रक्त समूह, ब्लड ग्रुप): A+, B-, O positive, AB +ve…; empty or "unknown" /
 *   "पता नहीं" when not known
 * - `district` (ज़िला, जिला): the district's name (English or Hindi) or code; else the body's `district`
 * - `locality` (area, address / मोहल्ला, क्षेत्र, पता), `pincode` (pin, pin code / पिन कोड)
 * - `products` (donates / दान): whole blood, platelets, plasma (or रक्त, प्लेटलेट्स, प्लाज़्मा), separated by ; or ,
 *   — default whole blood
 * - `category` (श्रेणी): citizen, police, ngo volunteer, party volunteer, staff, family (or नागरिक, पुलिस…); else the
 *   body's `category`, else citizen
 * - `language` (भाषा): hi / en, Hindi / English, हिंदी / अंग्रेज़ी — default hi
 * - `channel` (माध्यम): whatsapp or sms — default whatsapp
 * - `last donation` (last donated / अंतिम रक्तदान, पिछला रक्तदान): a date as above
 * - `first time` (first time donor / पहली बार): yes/no, हाँ/नहीं
 * - `consent` (consent purpose / सहमति): else the body's `consentPurpose` — required one way or the other
 * A row's problems name its spreadsheet row (the header is row 1) and the column: field `rows.<row>.<field>`.
 */
export const donorImportBody = z.strictObject({
  organisationId: uuid,
  /** For rows without a district column (or with it empty). */
  district: districtCode.optional(),
  /** For rows without a category (the police lines' roster → `police`). */
  category: z.enum(donorCategories).optional(),
  /** For rows without a consent column: what the listed people agreed to. */
  consentPurpose: s.consentPurpose.optional(),
  csv: z
    .string()
    .min(1)
    .max(2 * 1024 * 1024),
});
export type DonorImportBody = z.input<typeof donorImportBody>;

export const donorImportProblem = z.object({
  /** The spreadsheet row (the header is row 1). */
  row: z.number().int(),
  /** `rows.<row>.<field>`, as the API's field errors name it. */
  field: z.string(),
  /** The column as the file names it, or null for a problem with the whole row. */
  column: z.string().nullable(),
  code: z.string(),
  /** In the caller's language. */
  message: z.string(),
});
export type DonorImportProblem = z.infer<typeof donorImportProblem>;

export const donorImportPreview = z.object({
  /** Data rows read (blank lines are skipped). */
  rows: z.number().int(),
  /** Rows that would register a new donor, update one already registered with the organisation, or are wrong. */
  new: z.number().int(),
  updates: z.number().int(),
  errors: z.number().int(),
  /** How each header was read: the registry field, or null when ignored. */
  columns: z.array(z.object({ header: z.string(), field: z.string().nullable() })),
  /** Every row's problems (at most 1,000 listed). */
  problems: z.array(donorImportProblem),
  /** The first 200 rows as they would be written (phones masked). */
  sample: z.array(
    z.object({
      row: z.number().int(),
      action: z.enum(['new', 'update', 'error']),
      name: z.string().nullable(),
      phone: z.string().nullable(),
      bloodGroup: z.enum(aboRhGroups).nullable(),
      district: z.string().nullable(),
      category: z.enum(donorCategories).nullable(),
    }),
  ),
});
export type DonorImportPreview = z.infer<typeof donorImportPreview>;

/** A committed import: every row written in one transaction (a file with any problem is a 400 and writes nothing). */
export const donorImportResult = z.object({
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
});
export type DonorImportResult = z.infer<typeof donorImportResult>;
