// Blood donation camps (issue #14): a coordinator plans a camp (venue, day and hours, partner blood centre, target);
// donors register for a time slot (the operator's form, the public page /camp/{code}, WhatsApp/SMS "CAMP <code>",
// an invitation); at the camp a desk worker checks them in by the QR token or their phone and records the screening
// outcome (donated with a bag number, or deferred with a reason, which sets the donor's eligibility); afterwards the
// camp is marked held, the donors are thanked once, and the report counts it all. Phones are masked in every list.
//   GET    /api/v1/camps                                   campQuery → campList (scoped: organisation + district)
//   POST   /api/v1/camps                                   planCampBody → campDetail (201)
//   GET    /api/v1/camps/{id}                              → campDetail
//   PATCH  /api/v1/camps/{id}                              updateCampBody → campDetail (planned camps only)
//   POST   /api/v1/camps/{id}/cancel                       cancelCampBody → campDetail
//   POST   /api/v1/camps/{id}/held                         → campDetail (its day has begun; registrations left
//                                                          `registered` or `checked_in` stay as they are)
//   POST   /api/v1/camps/{id}/invite                       inviteBody → inviteResult (messages with the public link,
//                                                          within outreach's contact limits; STOP respected)
//   POST   /api/v1/camps/{id}/thank                        → thankResult (once per camp, after it is held)
//   GET    /api/v1/camps/{id}/registrations                registrationQuery → registrationList
//   POST   /api/v1/camps/{id}/registrations                operatorRegistrationBody → registrationView (201)
//   DELETE /api/v1/camps/{id}/registrations/{rid}          → registrationView (state `cancelled`)
//   POST   /api/v1/camps/{id}/check-ins                    checkInBody → registrationView
//   POST   /api/v1/camps/{id}/registrations/{rid}/outcome  outcomeBody → registrationView
//   GET    /api/v1/camps/{id}/report                       → campReport; `?format=csv` → text/csv
//   GET    /api/v1/public/camps/{code}                     → publicCampView (no personal data)
//   POST   /api/v1/public/camps/{code}/registrations       publicRegistrationBody → publicRegistered (201)
// Errors (problem+json): out of the reader's scope → 404 `not_found`; a coordinator's action by an operator → 403
// `forbidden`; a camp rule → 409 `camp_unavailable` whose detail names the reason (errors.json `camp.<reason>`:
// camp_over, camp_cancelled, camp_held, slot_full, no_free_slot, already_registered, already_checked_in,
// not_checked_in, outcome_recorded, bag_number_taken (also as a field error on `bagNumber`), camp_not_held,
// camp_already_thanked, no_channel, …); bad input → 400 `validation_failed` naming the field: `endsAt`
// ends_before_start / camp_too_long / date_in_past, `slotAt` not_a_slot, `until` date_in_past, and a check-in on
// the wrong day → `token` or `phone` with camp_over / camp_not_yet (nothing written).
import { z } from 'zod';
import {
  aboRhGroups,
  campEventTypes,
  campRegistrationSources,
  campRegistrationStates,
  campStates,
  donorCategories,
  donorProducts,
  languages,
} from '../enums.js';
import { districtCode, pageQuery, personName, phone, uuid } from './common.js';
import { isoDay } from './donor-input.js';

/** Why a donor was deferred at the camp's screening (texts: camps.deferralReason.<code>). */
export const campDeferralReasons = [
  'low_haemoglobin',
  'blood_pressure',
  'underweight',
  'pulse_or_temperature',
  'recent_illness',
  'medication',
  'recent_donation',
  'tattoo_or_piercing',
  'alcohol',
  'other',
] as const;
export type CampDeferralReason = (typeof campDeferralReasons)[number];

/** The longest a camp may run (its hours are within one day) and the slot lengths allowed. */
export const maxCampHours = 16;
export const slotMinuteChoices = [10, 15, 20, 30, 45, 60, 90, 120] as const;

const instant = z.iso.datetime({ offset: true });
const title = z.string().trim().min(1).max(160);
const venue = z.string().trim().min(1).max(160);
const centre = z.string().trim().min(1).max(160);
const pincode = z.string().regex(/^[1-9][0-9]{5}$/);

const campFields = {
  title,
  /** Where people go: "Police Lines, Kanpur". */
  venue,
  venueAddress: z.string().trim().max(300).nullable().optional(),
  locality: z.string().trim().max(160).nullable().optional(),
  pincode: pincode.nullable().optional(),
  district: districtCode,
  /** ISO instants with an offset (the web sends Kolkata time, +05:30). */
  startsAt: instant,
  endsAt: instant,
  slotMinutes: z
    .number()
    .int()
    .refine((m) => (slotMinuteChoices as readonly number[]).includes(m), 'slot_minutes_invalid')
    .default(30),
  /** Donors per slot. */
  slotCapacity: z.number().int().min(1).max(200).default(10),
  /** The blood centre that collects: "Hallet Hospital (LLR) Blood Centre". */
  partnerCentre: centre,
  targetUnits: z.number().int().min(1).max(5000),
  /** Co-organising bodies: "Rotary Club Kanpur". */
  coOrganisers: z.array(z.string().trim().min(1).max(160)).max(10).default([]),
};

/** The hours' rule, on the body and again on an update's result: ends after it starts, within `maxCampHours`. */
export function campHoursProblem(startsAt: string, endsAt: string): 'ends_before_start' | 'camp_too_long' | null {
  const start = Date.parse(startsAt);
  const end = Date.parse(endsAt);
  if (!(end > start)) return 'ends_before_start';
  if (end - start > maxCampHours * 3_600_000) return 'camp_too_long';
  return null;
}

/**
 * Planning a camp, for the organisation given, or else the one whose health desk the coordinator works in the
 * district (400 `organisationId` when that is ambiguous). The venue is placed on the map from the PIN code, the
 * locality or the district, for invitations to donors nearby.
 */
export const planCampBody = z.strictObject({ organisationId: uuid.optional(), ...campFields }).superRefine((b, ctx) => {
  const problem = campHoursProblem(b.startsAt, b.endsAt);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['endsAt'] });
});
export type PlanCampBody = z.input<typeof planCampBody>;

/** Changing a planned camp: given fields replace the stored ones; the hours' rule is checked on the result. */
export const updateCampBody = z.strictObject({
  title: campFields.title.optional(),
  venue: campFields.venue.optional(),
  venueAddress: campFields.venueAddress,
  locality: campFields.locality,
  pincode: campFields.pincode,
  startsAt: instant.optional(),
  endsAt: instant.optional(),
  slotMinutes: campFields.slotMinutes.unwrap().optional(),
  slotCapacity: campFields.slotCapacity.unwrap().optional(),
  partnerCentre: centre.optional(),
  targetUnits: campFields.targetUnits.optional(),
  coOrganisers: campFields.coOrganisers.unwrap().optional(),
});
export type UpdateCampBody = z.input<typeof updateCampBody>;

export const cancelCampBody = z.strictObject({ reason: z.string().trim().min(1).max(500) });
export type CancelCampBody = z.infer<typeof cancelCampBody>;

/** What the actor may do with a camp, computed on the server (domain/camps/abilities.ts). */
export const campCan = z.object({
  /** Coordinators, while the camp is planned. */
  update: z.boolean(),
  cancel: z.boolean(),
  /** Once its day has begun. */
  markHeld: z.boolean(),
  /** Invite eligible donors nearby: coordinators, while registrations are open. */
  invite: z.boolean(),
  /** Thank the donors: coordinators, once, after the camp is held. */
  thank: z.boolean(),
  /** Register a donor (operator's form): desk workers, while registrations are open. */
  register: z.boolean(),
  /** Check in and record outcomes: desk workers, on the camp's day (and after, until it is held). */
  checkIn: z.boolean(),
  recordOutcome: z.boolean(),
  readReport: z.boolean(),
  /** Issue certificates for the camp's donations (helper Cert's action): coordinators, once anyone donated. */
  issueCertificates: z.boolean(),
});
export type CampCan = z.infer<typeof campCan>;

export const registrationCan = z.object({
  checkIn: z.boolean(),
  recordOutcome: z.boolean(),
  cancel: z.boolean(),
});
export type RegistrationCan = z.infer<typeof registrationCan>;

const districtView = z.object({ code: z.string(), name: z.string(), nameHi: z.string() });
const namedRef = z.object({ id: uuid, name: z.string() });

export const campCounts = z.object({
  /** Registrations not cancelled (whatever happened next). */
  registered: z.number().int(),
  /** Came: checked in, donated or deferred. */
  checkedIn: z.number().int(),
  donated: z.number().int(),
  deferred: z.number().int(),
  cancelled: z.number().int(),
  /** Units collected (all products). */
  units: z.number().int(),
});
export type CampCounts = z.infer<typeof campCounts>;

/** One time slot: its start and end, places, places taken (registrations not cancelled) and free. */
export const slotView = z.object({
  startsAt: z.string(),
  endsAt: z.string(),
  capacity: z.number().int(),
  taken: z.number().int(),
  free: z.number().int(),
});
export type SlotView = z.infer<typeof slotView>;

export const campSummary = z.object({
  id: uuid,
  /** Typed in "CAMP <code>" and the public page's address. */
  code: z.string(),
  /** `/camp/<code>`: the public registration page (relative to the site). */
  publicPath: z.string(),
  organisation: namedRef,
  district: districtView,
  title: z.string(),
  venue: z.string(),
  locality: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  /** The camp's Kolkata day. */
  day: isoDay,
  state: z.enum(campStates),
  /** Planned and not yet over: people may register. */
  registrationOpen: z.boolean(),
  partnerCentre: z.string(),
  targetUnits: z.number().int(),
  counts: campCounts,
});
export type CampSummary = z.infer<typeof campSummary>;

export const campQuery = pageQuery.extend({
  /** upcoming: not over yet (planned); past: over, held or cancelled. */
  when: z.enum(['upcoming', 'past', 'all']).default('all'),
  state: z.enum(campStates).optional(),
  district: districtCode.optional(),
  organisationId: uuid.optional(),
});
export type CampQuery = z.input<typeof campQuery>;

export const campList = z.object({ items: z.array(campSummary), total: z.number().int() });
export type CampList = z.infer<typeof campList>;

export const campEventView = z.object({
  id: z.string(),
  type: z.enum(campEventTypes),
  at: z.string(),
  /** Null: the donor (public page, conversation) or the system. */
  actorName: z.string().nullable(),
  registrationId: uuid.nullable(),
  /**
   * By type: `planned` {}; `updated` {changed: field[]}; `cancelled` {reason}; `held` {}; `registered` {source,
   * slotAt}; `registration_cancelled` {}; `invited` {invited, skipped}; `checked_in` {by: 'token'|'phone', donorId,
   * donorCreated}; `donated` {donationId, product, units, bagNumber}; `deferred` {reason, until}; `thanked`
   * {queued, skipped}; `certificates_issued` (helper Cert's).
   */
  details: z.record(z.string(), z.unknown()),
});
export type CampEventView = z.infer<typeof campEventView>;

export const campDetail = campSummary.extend({
  venueAddress: z.string().nullable(),
  pincode: z.string().nullable(),
  slotMinutes: z.number().int(),
  slotCapacity: z.number().int(),
  coOrganisers: z.array(z.string()),
  slots: z.array(slotView),
  /** Registered without a slot (walk-ins). */
  walkIns: z.number().int(),
  thankedAt: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  /** Newest first. */
  events: z.array(campEventView),
  can: campCan,
});
export type CampDetail = z.infer<typeof campDetail>;

/**
 * A registration by the desk (a phone call, a walk-in at the camp). `slotAt` one of the camp's slot starts; left out:
 * the first slot with a free place; `walkIn`: no slot (at the camp on its day, takes no slot's place).
 */
export const operatorRegistrationBody = z.strictObject({
  name: personName,
  phone,
  bloodGroup: z.enum(aboRhGroups).nullable().default(null),
  category: z.enum(donorCategories).default('citizen'),
  language: z.enum(languages).default('hi'),
  slotAt: instant.optional(),
  walkIn: z.boolean().default(false),
});
export type OperatorRegistrationBody = z.input<typeof operatorRegistrationBody>;

/** What stops form-filling robots, as on the public forms. */
const robotChecks = {
  /** A honeypot: people never see it, bots fill it. */
  website: z.string().max(200).optional(),
  /** Proof-of-work solution (base64), required only when the server asks for it (code `challenge_required`). */
  altcha: z.string().max(4000).optional(),
};

/** A registration on the public page: a slot (left out: the first with a free place). */
export const publicRegistrationBody = z.strictObject({
  name: personName,
  phone,
  bloodGroup: z.enum(aboRhGroups).nullable().default(null),
  category: z.enum(donorCategories).default('citizen'),
  language: z.enum(languages).default('hi'),
  slotAt: instant.optional(),
  ...robotChecks,
});
export type PublicRegistrationBody = z.input<typeof publicRegistrationBody>;

export const registrationOutcome = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('donated'),
    product: z.enum(donorProducts),
    units: z.number().int(),
    bagNumber: z.string().nullable(),
    donationId: uuid.nullable(),
  }),
  z.object({
    kind: z.literal('deferred'),
    reason: z.enum(campDeferralReasons),
    /** The day they may give again; null: no end date. */
    until: isoDay.nullable(),
  }),
]);
export type RegistrationOutcome = z.infer<typeof registrationOutcome>;

/** One registration as the desk sees it. */
export const registrationView = z.object({
  id: uuid,
  campId: uuid,
  name: z.string(),
  /** Always masked (+91 98xxx xx345). */
  phone: z.string(),
  bloodGroup: z.enum(aboRhGroups).nullable(),
  category: z.enum(donorCategories),
  language: z.enum(languages),
  source: z.enum(campRegistrationSources),
  /** The slot's start; null for a walk-in. */
  slotAt: z.string().nullable(),
  state: z.enum(campRegistrationStates),
  /** The registry donor (linked at registration when known, else at check-in). */
  donorId: uuid.nullable(),
  registeredAt: z.string(),
  checkedInAt: z.string().nullable(),
  outcomeAt: z.string().nullable(),
  outcome: registrationOutcome.nullable(),
  thankedAt: z.string().nullable(),
  can: registrationCan,
});
export type RegistrationView = z.infer<typeof registrationView>;

/**
 * The camp's registrations, in slot order. `token`: the one registration whose QR token this is (the check-in page
 * opened from the QR code); `phone`: the one registered with this number; `q`: part of the name or the phone's last
 * digits (3 to 10).
 */
export const registrationQuery = pageQuery.extend({
  state: z.enum(campRegistrationStates).optional(),
  token: z.string().trim().min(8).max(64).optional(),
  phone: phone.optional(),
});
export type RegistrationQuery = z.input<typeof registrationQuery>;

export const registrationList = z.object({ items: z.array(registrationView), total: z.number().int() });
export type RegistrationList = z.infer<typeof registrationList>;

/** Check-in by the QR code's token or by the phone registered; exactly one of them. */
export const checkInBody = z
  .strictObject({ token: z.string().trim().min(8).max(64).optional(), phone: phone.optional() })
  .refine((b) => (b.token === undefined) !== (b.phone === undefined), {
    message: 'token_or_phone_required',
    path: ['token'],
  });
export type CheckInBody = z.input<typeof checkInBody>;

/** The screening's outcome for a checked-in donor. */
export const outcomeBody = z.discriminatedUnion('outcome', [
  z.strictObject({
    outcome: z.literal('donated'),
    product: z.enum(donorProducts).default('whole_blood'),
    units: z.number().int().min(1).max(4).default(1),
    /** Unique per blood centre (the camp's partner centre): 409 bag_number_taken. */
    bagNumber: z.string().trim().min(1).max(40),
  }),
  z.strictObject({
    outcome: z.literal('deferred'),
    reason: z.enum(campDeferralReasons),
    /** The day they may give again (after the camp's day); null: no end date. */
    until: isoDay.nullable(),
    note: z.string().trim().max(300).optional(),
  }),
]);
export type OutcomeBody = z.input<typeof outcomeBody>;

/** Inviting eligible donors near the venue: within `radiusKm`, at most `limit` asked. */
export const inviteBody = z.strictObject({
  radiusKm: z.number().int().min(1).max(100).default(15),
  limit: z.number().int().min(1).max(500).default(100),
  /** Only these groups (left out: all). */
  bloodGroups: z.array(z.enum(aboRhGroups)).max(8).optional(),
});
export type InviteBody = z.input<typeof inviteBody>;

export const inviteResult = z.object({
  invited: z.number().int(),
  skipped: z.object({
    /** Already registered for this camp or invited to it before. */
    alreadyRegistered: z.number().int(),
    /** Asked the most times allowed in the last 30 days (outreach's fatigue limit). */
    contactLimit: z.number().int(),
    /** Sent STOP or withdrew consent. */
    optedOut: z.number().int(),
    /** Not eligible on the camp's day. */
    notEligible: z.number().int(),
  }),
});
export type InviteResult = z.infer<typeof inviteResult>;

export const thankResult = z.object({
  /** Messages queued (donated and deferred donors, each in their language). */
  queued: z.number().int(),
  /** Not sent: opted out, or no channel to send on. */
  skipped: z.number().int(),
});
export type ThankResult = z.infer<typeof thankResult>;

/** The camp's report (the same fold gives the JSON and the CSV). */
export const campReport = z.object({
  campId: uuid,
  code: z.string(),
  title: z.string(),
  venue: z.string(),
  day: isoDay,
  state: z.enum(campStates),
  partnerCentre: z.string(),
  registered: z.number().int(),
  /** Checked in (donated, deferred, or still being screened). */
  came: z.number().int(),
  donated: z.number().int(),
  deferred: z.number().int(),
  /** Registered and never came. */
  noShow: z.number().int(),
  /** Every donor product, zero when none. */
  unitsByProduct: z.record(z.enum(donorProducts), z.number().int()),
  /** Donors who donated, per category (every category, zero when none). */
  donorsByCategory: z.record(z.enum(donorCategories), z.number().int()),
  /** People deferred, per reason (only reasons that occurred). */
  deferralsByReason: z.partialRecord(z.enum(campDeferralReasons), z.number().int()),
  /** Registrations per source (only sources that occurred). */
  registeredBySource: z.partialRecord(z.enum(campRegistrationSources), z.number().int()),
  targetUnits: z.number().int(),
  unitsCollected: z.number().int(),
  /** unitsCollected ÷ targetUnits, in whole percent. */
  targetPercent: z.number().int(),
});
export type CampReport = z.infer<typeof campReport>;

export const campReportQuery = z.strictObject({ format: z.enum(['json', 'csv']).default('json') });

/** The public page's camp: no personal data. */
export const publicCampView = z.object({
  code: z.string(),
  title: z.string(),
  organisation: z.string(),
  venue: z.string(),
  venueAddress: z.string().nullable(),
  locality: z.string().nullable(),
  district: z.object({ name: z.string(), nameHi: z.string() }),
  day: isoDay,
  startsAt: z.string(),
  endsAt: z.string(),
  partnerCentre: z.string(),
  coOrganisers: z.array(z.string()),
  state: z.enum(campStates),
  registrationOpen: z.boolean(),
  /** Slots still to come, with their free places. */
  slots: z.array(z.object({ startsAt: z.string(), endsAt: z.string(), free: z.number().int() })),
});
export type PublicCampView = z.infer<typeof publicCampView>;

/** The desk's check-in page a donor's QR code opens (the web route; the API answers the full URL). */
export function campCheckInPath(campId: string, token: string): string {
  return `/camps/${campId}/check-in?token=${encodeURIComponent(token)}`;
}

/** The public registration page of a camp. */
export function campPublicPath(code: string): string {
  return `/camp/${encodeURIComponent(code)}`;
}

/** The donor's registration, as the public page shows it after registering: the QR code encodes the token. */
export const publicRegistered = z.object({
  name: z.string(),
  slotAt: z.string().nullable(),
  /** The desk's check-in page reads it (`campCheckInPath`). */
  checkInToken: z.string(),
  /** The full URL the QR code should encode (the desk's check-in page with the token). */
  checkInUrl: z.string(),
  camp: publicCampView,
});
export type PublicRegistered = z.infer<typeof publicRegistered>;
