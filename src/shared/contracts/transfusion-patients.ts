// Children on regular transfusion (issue #14, thalassemia care): the child's record, the guardian who is told, the
// centre where blood is given, the rhythm of transfusions, and the fixed pool (roster) of donors who give in rotation.
// Health data: a coordinator sees the children of their organisation in their districts (area `health`); the
// guardian's phones are masked unless the reader revealed them in the last 30 minutes (recorded, as on donors).
//   GET    /api/v1/transfusion-patients                          transfusionPatientQuery → transfusionPatientList
//   POST   /api/v1/transfusion-patients                          createTransfusionPatientBody → detail (201)
//   GET    /api/v1/transfusion-patients/{id}                     → transfusionPatientDetail
//   PATCH  /api/v1/transfusion-patients/{id}                     updateTransfusionPatientBody → detail
//   POST   /api/v1/transfusion-patients/{id}/reveal              → detail (phones shown, recorded)
//   POST   /api/v1/transfusion-patients/{id}/state               changeTransfusionPatientStateBody → detail
//   GET    /api/v1/transfusion-patients/{id}/roster              → rosterView (members + coverage)
//   POST   /api/v1/transfusion-patients/{id}/roster              addRosterMemberBody → rosterView (201);
//                                                                409 donor_in_other_pool (detail names the pools);
//                                                                409 patient_unavailable with the reason as detail
//                                                                (errors.json transfusion_patient.*: donor already in
//                                                                this pool, incompatible, group unknown, unavailable,
//                                                                the child's care ended); 404 donor not visible
//   DELETE /api/v1/transfusion-patients/{id}/roster/{donorId}    → rosterView (their future bookings cancelled;
//                                                                404 when the donor is not in the pool)
//   GET    /api/v1/transfusion-patients/{id}/roster/candidates   rosterCandidateQuery → rosterCandidateList
import { z } from 'zod';
import {
  aboRhGroups,
  antigenStates,
  languages,
  locationSources,
  rarePhenotypes,
  rhKellAntigens,
  sexes,
  transfusionPatientEventTypes,
  transfusionPatientStates,
} from '../enums.js';
import { districtCode, pageQuery, personName, phone, uuid } from './common.js';
import { isoDay } from './donor-input.js';

/** Today's calendar day in Asia/Kolkata (UTC+05:30, no daylight saving). */
function kolkataToday(): string {
  return new Date(Date.now() + 330 * 60_000).toISOString().slice(0, 10);
}

/** A day that has already come (Kolkata): a birth, the last transfusion given. */
export const pastDay = isoDay.refine((day) => day <= kolkataToday(), 'date_in_future');

/** Minutes after midnight, Kolkata (600 is 10:00). */
export const minuteOfDay = z.number().int().min(0).max(1439);

export const transfusionIntervalDays = z.number().int().min(7).max(120);
export const unitsPerTransfusion = z.number().int().min(1).max(4);
export const bookAhead = z.number().int().min(1).max(6);
export const pincode = z.string().regex(/^[1-9][0-9]{5}$/);
export const antigensInput = z.partialRecord(z.enum(rhKellAntigens), z.enum(antigenStates));
const shortText = (max: number) => z.string().trim().min(1).max(max);

/** Only the channels a guardian can be written to on. */
export const guardianChannels = ['whatsapp', 'sms'] as const;

/** The fields of a child's record; create fills defaults, update takes any of them. */
const patientFields = {
  /** The child's name (Devanagari or Latin). */
  name: personName,
  sex: z.enum(sexes).nullable(),
  dateOfBirth: pastDay.nullable(),
  guardianName: personName,
  /** Messages about the child go here (E.164 after parsing; 400 `invalid_phone`). */
  guardianPhone: phone,
  altPhone: phone.nullable(),
  language: z.enum(languages),
  preferredChannel: z.enum(guardianChannels),
  bloodGroup: z.enum(aboRhGroups),
  phenotype: z.enum(rarePhenotypes).nullable(),
  /** Rh (C, c, E, e) and Kell antigens where typed: roster donors should match. */
  antigens: antigensInput,
  phenotypeNotes: z.string().trim().max(500).nullable(),
  /** Days between transfusions, 7 to 120. */
  intervalDays: transfusionIntervalDays,
  unitsPerTransfusion,
  /** The hospital or day-care centre where the child is transfused; donors go there. */
  centre: shortText(200),
  centreAddress: z.string().trim().max(500).nullable(),
  /** Where the centre is, for the nearest donors: PIN code, else locality, else the district's centre. */
  locality: z.string().trim().max(160).nullable(),
  pincode: pincode.nullable(),
  district: districtCode,
  /** The last transfusion given (not in the future): the calendar runs from it. */
  lastTransfusionOn: pastDay.nullable(),
  /** How many transfusions ahead donors are booked, 1 to 6. */
  bookAhead,
  /** When donors should arrive at the centre, minutes after midnight (Kolkata). */
  arrivalMinute: minuteOfDay,
  /** Who gave consent to keep the child's record and contact the guardian (the guardian's name, usually). */
  consentBy: personName,
  notes: z.string().trim().max(1000).nullable(),
};

/**
 * A new child. The organisation: the one given, or else the one whose health desk the actor works in the district
 * (400 `organisationId` when ambiguous, 403 when they may register in none). Gets a reference like THAL-0007.
 */
export const createTransfusionPatientBody = z.strictObject({
  organisationId: uuid.optional(),
  name: patientFields.name,
  sex: patientFields.sex.default(null),
  dateOfBirth: patientFields.dateOfBirth.default(null),
  guardianName: patientFields.guardianName,
  guardianPhone: patientFields.guardianPhone,
  altPhone: patientFields.altPhone.default(null),
  language: patientFields.language.default('hi'),
  preferredChannel: patientFields.preferredChannel.default('whatsapp'),
  bloodGroup: patientFields.bloodGroup,
  phenotype: patientFields.phenotype.default(null),
  antigens: patientFields.antigens.default({}),
  phenotypeNotes: patientFields.phenotypeNotes.default(null),
  intervalDays: patientFields.intervalDays,
  unitsPerTransfusion: patientFields.unitsPerTransfusion,
  centre: patientFields.centre,
  centreAddress: patientFields.centreAddress.default(null),
  locality: patientFields.locality.default(null),
  pincode: patientFields.pincode.default(null),
  district: patientFields.district,
  lastTransfusionOn: patientFields.lastTransfusionOn.default(null),
  bookAhead: patientFields.bookAhead.default(3),
  arrivalMinute: patientFields.arrivalMinute.default(600),
  consentBy: patientFields.consentBy,
  notes: patientFields.notes.default(null),
});
export type CreateTransfusionPatientBody = z.input<typeof createTransfusionPatientBody>;
export type CreateTransfusionPatientInput = z.output<typeof createTransfusionPatientBody>;

/**
 * A partial update: given fields replace the stored ones (null clears an optional one), the rest are kept. Changing
 * the district, PIN code or locality places the centre again. The organisation and reference do not change.
 */
export const updateTransfusionPatientBody = z
  .strictObject({
    name: patientFields.name.optional(),
    sex: patientFields.sex.optional(),
    dateOfBirth: patientFields.dateOfBirth.optional(),
    guardianName: patientFields.guardianName.optional(),
    guardianPhone: patientFields.guardianPhone.optional(),
    altPhone: patientFields.altPhone.optional(),
    language: patientFields.language.optional(),
    preferredChannel: patientFields.preferredChannel.optional(),
    bloodGroup: patientFields.bloodGroup.optional(),
    phenotype: patientFields.phenotype.optional(),
    antigens: patientFields.antigens.optional(),
    phenotypeNotes: patientFields.phenotypeNotes.optional(),
    intervalDays: patientFields.intervalDays.optional(),
    unitsPerTransfusion: patientFields.unitsPerTransfusion.optional(),
    centre: patientFields.centre.optional(),
    centreAddress: patientFields.centreAddress.optional(),
    locality: patientFields.locality.optional(),
    pincode: patientFields.pincode.optional(),
    district: patientFields.district.optional(),
    lastTransfusionOn: patientFields.lastTransfusionOn.optional(),
    bookAhead: patientFields.bookAhead.optional(),
    arrivalMinute: patientFields.arrivalMinute.optional(),
    consentBy: patientFields.consentBy.optional(),
    notes: patientFields.notes.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'nothing_to_change' });
export type UpdateTransfusionPatientBody = z.input<typeof updateTransfusionPatientBody>;
export type UpdateTransfusionPatientInput = z.output<typeof updateTransfusionPatientBody>;

/** Active, paused (in hospital, travelling: nothing booked while paused) or ended (roster released). */
export const changeTransfusionPatientStateBody = z.strictObject({
  state: z.enum(transfusionPatientStates),
  reason: z.string().trim().max(500).optional(),
});
export type ChangeTransfusionPatientStateBody = z.infer<typeof changeTransfusionPatientStateBody>;

/**
 * The list's filters: district, state (active / paused / ended), organisation; `q` matches the child's name, the
 * guardian's name, the reference (THAL-0007) or the last digits of the guardian's phone (3 to 10 digits).
 */
export const transfusionPatientQuery = pageQuery.extend({
  district: districtCode.optional(),
  state: z.enum(transfusionPatientStates).optional(),
  organisationId: uuid.optional(),
});
export type TransfusionPatientQuery = z.input<typeof transfusionPatientQuery>;

/**
 * What the actor may do with one child, computed once on the server (domain/thalassemia/patient-abilities.ts);
 * the screens offer exactly these actions. Reading is implied: a child outside the reader's scope is "not found".
 */
export const transfusionPatientCan = z.object({
  update: z.boolean(),
  revealContact: z.boolean(),
  /** Pause, resume or end the child's care. */
  changeState: z.boolean(),
  /** Add and remove roster donors, see candidates, book donors now. */
  manageRoster: z.boolean(),
  /** Record answers and centre outcomes, mark a transfusion done or missed, move its date. */
  recordTransfusion: z.boolean(),
});
export type TransfusionPatientCan = z.infer<typeof transfusionPatientCan>;

const districtView = z.object({ code: z.string(), name: z.string(), nameHi: z.string() });
const namedRef = z.object({ id: uuid, name: z.string() });

/** A row of the list. */
export const transfusionPatientSummary = z.object({
  id: uuid,
  /** THAL-0007: unique within the organisation. */
  reference: z.string(),
  organisation: namedRef,
  district: districtView,
  name: z.string(),
  sex: z.enum(sexes).nullable(),
  /** Whole years on today's Kolkata date; null without a date of birth. */
  age: z.number().int().nullable(),
  guardianName: z.string(),
  /** Always masked in lists (+91 98xxx xx345). */
  guardianPhone: z.string(),
  bloodGroup: z.enum(aboRhGroups),
  phenotype: z.enum(rarePhenotypes).nullable(),
  intervalDays: z.number().int(),
  unitsPerTransfusion: z.number().int(),
  centre: z.string(),
  state: z.enum(transfusionPatientStates),
  lastTransfusionOn: isoDay.nullable(),
  /** The next transfusion on the calendar (planned or covered), else the next on the rhythm; null without one. */
  nextTransfusionOn: isoDay.nullable(),
  /** Donors in the pool now. */
  rosterSize: z.number().int(),
  /** Donors the pool needs for the child's rhythm (domain/thalassemia/pool-size.ts). */
  poolSizeNeeded: z.number().int(),
  /** Donors missing for the next 3 months: the same number the roster shows (domain/thalassemia/pool-size.ts). */
  missingDonors: z.number().int(),
  /** The pool cannot cover the next 3 months: `missingDonors` > 0. */
  coverageWarning: z.boolean(),
  updatedAt: z.string(),
});
export type TransfusionPatientSummary = z.infer<typeof transfusionPatientSummary>;

export const transfusionPatientList = z.object({ items: z.array(transfusionPatientSummary), total: z.number().int() });
export type TransfusionPatientList = z.infer<typeof transfusionPatientList>;

export const transfusionPatientEventView = z.object({
  id: z.string(),
  type: z.enum(transfusionPatientEventTypes),
  at: z.string(),
  /** Null: the system (the roster job) or a donor's message. */
  actorName: z.string().nullable(),
  /**
   * By type: `registered` {reference}; `updated` {changed: field[]}; `state_changed` {from, to, reason?};
   * `contact_revealed` {}; `roster_member_added` {donorId, agreedToMorePools}; `roster_member_removed` {donorId,
   * bookingsCancelled}; the booking and transfusion events are written by the bookings use cases (their details
   * carry transfusionId / bookingId / donorId / dueOn). Phone numbers in details are masked.
   */
  details: z.record(z.string(), z.unknown()),
});
export type TransfusionPatientEventView = z.infer<typeof transfusionPatientEventView>;

/** One child's record, as a coordinator works it. */
export const transfusionPatientDetail = transfusionPatientSummary.extend({
  dateOfBirth: isoDay.nullable(),
  /** Masked until revealed. */
  guardianPhone: z.string(),
  altPhone: z.string().nullable(),
  phonesRevealed: z.boolean(),
  /** While revealed to the reader: when they are masked again. */
  revealedUntil: z.string().nullable(),
  language: z.enum(languages),
  preferredChannel: z.enum(guardianChannels),
  antigens: z.partialRecord(z.enum(rhKellAntigens), z.enum(antigenStates)),
  phenotypeNotes: z.string().nullable(),
  centreAddress: z.string().nullable(),
  locality: z.string().nullable(),
  pincode: z.string().nullable(),
  /** Where the centre's coordinates came from: the PIN code, the locality, or only the district. */
  locationSource: z.enum(locationSources),
  bookAhead: z.number().int(),
  arrivalMinute: z.number().int(),
  consent: z.object({ by: z.string(), at: z.string(), withdrawnAt: z.string().nullable() }),
  notes: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  /** Newest first (the last 100). */
  events: z.array(transfusionPatientEventView),
  can: transfusionPatientCan,
});
export type TransfusionPatientDetail = z.infer<typeof transfusionPatientDetail>;

/** A donor's name shortened for the roster ("Ramesh K."): enough to recognise, not to identify. */
export const maskedName = z.string();

/** A donor in the child's pool. */
export const rosterMember = z.object({
  donorId: uuid,
  /** Masked ("Ramesh K."). */
  name: maskedName,
  /** Masked (+91 98xxx xx345); the donor's page reveals it. */
  phone: z.string(),
  bloodGroup: z.enum(aboRhGroups).nullable(),
  sex: z.enum(sexes).nullable(),
  /** From the centre; null when the donor has no place. */
  distanceKm: z.number().nullable(),
  lastDonatedOn: isoDay.nullable(),
  /** The day they may give whole blood again (today when eligible); null when no day is known. */
  eligibleFrom: isoDay.nullable(),
  /** Bookings for this child or any other, this Kolkata calendar year, not cancelled or declined. */
  bookingsThisYear: z.number().int(),
  /** The donor agreed to be in more than one child's pool. */
  agreedToMorePools: z.boolean(),
  addedAt: z.string(),
  addedBy: z.string().nullable(),
});
export type RosterMember = z.infer<typeof rosterMember>;

/**
 * Whether the pool can cover the next 3 months (domain/thalassemia/pool-size.ts, the one rule the children's list
 * reads too). `warning`: it cannot, and `missingDonors` (= `poolSizeNeeded` − `donorsAvailable`) says how many more
 * it needs.
 */
export const rosterCoverage = z.object({
  /** The pool the child's rhythm needs (units a year ÷ (donations a donor may give a year × response rate)). */
  poolSizeNeeded: z.number().int(),
  activeMembers: z.number().int(),
  /** Pool donors who count for the horizon: in the rotation (resting after a donation counts), not deferred past it. */
  donorsAvailable: z.number().int(),
  horizonDays: z.number().int(),
  /** Transfusions due within the horizon. */
  transfusions: z.number().int(),
  unitsNeeded: z.number().int(),
  missingDonors: z.number().int(),
  warning: z.boolean(),
});
export type RosterCoverage = z.infer<typeof rosterCoverage>;

export const rosterView = z.object({
  patientId: uuid,
  members: z.array(rosterMember),
  coverage: rosterCoverage,
  can: transfusionPatientCan,
});
export type RosterView = z.infer<typeof rosterView>;

/**
 * Adding a donor to the pool: same organisation, red cells compatible with the child's group. A donor already in
 * another child's pool is refused (409 `donor_in_other_pool`) unless they agreed to more pools.
 */
export const addRosterMemberBody = z.strictObject({
  donorId: uuid,
  agreedToMorePools: z.boolean().default(false),
});
export type AddRosterMemberBody = z.input<typeof addRosterMemberBody>;

export const rosterCandidateQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  /** How far from the centre to look. */
  radiusKm: z.coerce.number().int().min(1).max(200).default(50),
});
export type RosterCandidateQuery = z.input<typeof rosterCandidateQuery>;

/**
 * A donor who could join the pool: compatible red cells, verified, consenting, not opted out, whole blood, of the
 * child's organisation, nearest the centre first; not in another child's pool unless they agreed to more pools.
 */
export const rosterCandidate = z.object({
  donorId: uuid,
  name: maskedName,
  phone: z.string(),
  bloodGroup: z.enum(aboRhGroups),
  sex: z.enum(sexes).nullable(),
  distanceKm: z.number(),
  lastDonatedOn: isoDay.nullable(),
  eligibleFrom: isoDay.nullable(),
  /** Pools they are in now (only donors who agreed to more pools appear with one or more). */
  otherPools: z.number().int(),
  /** They agreed to be in more than one child's pool (add them with `agreedToMorePools`). */
  agreedToMorePools: z.boolean(),
});
export type RosterCandidate = z.infer<typeof rosterCandidate>;

export const rosterCandidateList = z.object({ items: z.array(rosterCandidate) });
export type RosterCandidateList = z.infer<typeof rosterCandidateList>;
