// A child's transfusion calendar and the roster donors booked for each transfusion (issue #14, part 2). The next
// `bookAhead` transfusions of every active child are on the calendar with one booked donor per unit, rotating through
// the child's pool (domain/thalassemia/roster-rotation.ts); each booked donor is asked by WhatsApp/SMS and answers
// YES/NO (हाँ/नहीं) or through an operator; a decline or a centre deferral books the next in the pool, and when the
// pool is exhausted the transfusion opens (or feeds) a desk case and outreach starts. Donors' names and phones are
// masked ("Ramesh K.", +91 98xxx xx345).
//   GET  /api/v1/transfusion-patients/{id}/transfusions                              transfusionListQuery
//                                                                                    → patientTransfusions
//   POST /api/v1/transfusion-patients/{id}/bookings/plan                             → planResult (book now)
//   POST /api/v1/transfusion-patients/{id}/bookings/{bookingId}/answer               answerBookingBody
//                                                                                    → patientTransfusions
//   POST /api/v1/transfusion-patients/{id}/bookings/{bookingId}/outcome              bookingOutcomeBody
//                                                                                    → patientTransfusions
//   POST /api/v1/transfusion-patients/{id}/transfusions/{transfusionId}/done         markTransfusionDoneBody
//                                                                                    → patientTransfusions
//   POST /api/v1/transfusion-patients/{id}/transfusions/{transfusionId}/missed       markTransfusionMissedBody
//                                                                                    → patientTransfusions
//   POST /api/v1/transfusion-patients/{id}/transfusions/{transfusionId}/move         moveTransfusionBody
//                                                                                    → patientTransfusions
//   GET  /api/v1/transfusion-calendar                                                transfusionCalendarQuery
//                                                                                    → transfusionCalendar
// Refusals: 409 `transfusion_unavailable` with a reason (errors.json transfusion_booking.<reason>): the booking is
// no longer waiting for that (`booking_closed`), the transfusion is done, missed or cancelled (`transfusion_closed`),
// another transfusion of the child is on that day (`day_taken`), the child's care ended (`patient_unavailable`).
import { z } from 'zod';
import { aboRhGroups, transfusionBookingStates, transfusionStates } from '../enums.js';
import { districtCode, uuid } from './common.js';
import { isoDay } from './donor-input.js';
import { transfusionPatientCan } from './transfusion-patients.js';

/** Today's calendar day in Asia/Kolkata. */
function kolkataToday(): string {
  return new Date(Date.now() + 330 * 60_000).toISOString().slice(0, 10);
}
const notFuture = isoDay.refine((day) => day <= kolkataToday(), 'date_in_future');
const notPast = isoDay.refine((day) => day >= kolkataToday(), 'date_in_past');
const note = z.string().trim().min(1).max(500);

/** One roster donor booked for one transfusion. */
export const transfusionBookingView = z.object({
  id: uuid,
  donorId: uuid,
  /** Masked ("Ramesh K."). */
  donorName: z.string(),
  /** Masked (+91 98xxx xx345). */
  donorPhone: z.string(),
  bloodGroup: z.enum(aboRhGroups).nullable(),
  /**
   * booked (asked, no answer yet) → confirmed | declined; confirmed → donated | deferred (by the centre) | no_show;
   * cancelled: the transfusion moved, was marked done/missed, or the donor left the pool.
   */
  state: z.enum(transfusionBookingStates),
  bookedAt: z.string(),
  /** When the ask was queued; null when the donor cannot be messaged (opted out) — an operator calls. */
  askedAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  /** How the answer came: `whatsapp`, `sms` (the donor's reply) or `operator`. */
  answerChannel: z.string().nullable(),
  /** When the day-before reminder (place and time) was queued. */
  remindedAt: z.string().nullable(),
  deferralReason: z.string().nullable(),
  donationId: uuid.nullable(),
});
export type TransfusionBookingView = z.infer<typeof transfusionBookingView>;

/** One transfusion on the child's calendar. */
export const transfusionView = z.object({
  id: uuid,
  patientId: uuid,
  dueOn: isoDay,
  units: z.number().int(),
  /** planned: not all units have a donor; covered: a donor booked per unit; done; missed; cancelled. */
  state: z.enum(transfusionStates),
  /** The desk case opened (or fed) for it when donors were missing close to the day, or the pool ran out. */
  caseId: uuid.nullable(),
  caseReference: z.string().nullable(),
  doneOn: isoDay.nullable(),
  unitsGiven: z.number().int().nullable(),
  /** Units with a donor who confirmed (or gave). */
  confirmedUnits: z.number().int(),
  /** Units with a donor booked, confirmed or who gave. */
  bookedUnits: z.number().int(),
  /** Every booking, the cancelled and declined ones too, oldest first. */
  bookings: z.array(transfusionBookingView),
  /** Open and its day has come: it may be marked missed (not before, as it may still be given). */
  missable: z.boolean(),
});
export type TransfusionView = z.infer<typeof transfusionView>;

/** The child's calendar: upcoming transfusions (and, with `past`, those before today). */
export const patientTransfusions = z.object({
  patientId: uuid,
  items: z.array(transfusionView),
  can: transfusionPatientCan,
});
export type PatientTransfusions = z.infer<typeof patientTransfusions>;

export const transfusionListQuery = z.strictObject({
  /** Also the transfusions of the last N days (done, missed, or still open), newest last. 0: upcoming only. */
  pastDays: z.coerce.number().int().min(0).max(365).default(30),
  limit: z.coerce.number().int().min(1).max(50).default(12),
});
export type TransfusionListQuery = z.input<typeof transfusionListQuery>;

/** What "book now" did. */
export const planResult = patientTransfusions.extend({
  /** Transfusions added to the calendar. */
  planned: z.number().int(),
  /** Donors newly booked (and asked). */
  booked: z.number().int(),
  /**
   * Units of upcoming transfusions still short of a donor (domain/thalassemia/units-short.ts: before the desk's
   * window a booked donor counts, within it only a confirmed one) — what a desk case for them asks for.
   */
  unitsMissing: z.number().int(),
});
export type PlanResult = z.infer<typeof planResult>;

/** An operator records the donor's answer (a phone call, say). */
export const answerBookingBody = z.strictObject({
  answer: z.enum(['confirmed', 'declined']),
  note: note.optional(),
});
export type AnswerBookingBody = z.infer<typeof answerBookingBody>;

export const bookingOutcomes = ['donated', 'deferred', 'no_show'] as const;

/**
 * What happened at the centre. `donated`: the donation is recorded (the donor's next eligible day follows and they are
 * thanked: "a thalassemia child at <centre>"); `bagNumber` unique per blood centre; `donatedOn` defaults to the due
 * day (not in the future); `bloodCentre` defaults to the child's centre. `deferred`: the centre's deferral is
 * recorded on the donor (`reason`, `until` today or later, or null for no end date) and the next in the pool is
 * booked. `no_show`: the donor did not come; the next in the pool is booked.
 */
export const bookingOutcomeBody = z
  .strictObject({
    outcome: z.enum(bookingOutcomes),
    bagNumber: z.string().trim().min(1).max(40).optional(),
    bloodCentre: z.string().trim().min(1).max(160).optional(),
    donatedOn: notFuture.optional(),
    reason: z.string().trim().min(1).max(300).optional(),
    until: notPast.nullable().optional(),
  })
  .superRefine((body, ctx) => {
    if (body.outcome === 'deferred') {
      if (!body.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reason_required' });
      if (body.until === undefined) ctx.addIssue({ code: 'custom', path: ['until'], message: 'required' });
    }
  });
export type BookingOutcomeBody = z.infer<typeof bookingOutcomeBody>;

/** The transfusion was given: on which day (not in the future) and how many units. */
export const markTransfusionDoneBody = z.strictObject({
  doneOn: notFuture,
  unitsGiven: z.number().int().min(1).max(4),
});
export type MarkTransfusionDoneBody = z.infer<typeof markTransfusionDoneBody>;

/** The day passed without blood. */
export const markTransfusionMissedBody = z.strictObject({ reason: note.optional() });
export type MarkTransfusionMissedBody = z.infer<typeof markTransfusionMissedBody>;

/**
 * A new day (today or later, no other transfusion of the child that day). The bookings are cancelled and the pool
 * is booked again for the new day (a donor may not be eligible on it).
 */
export const moveTransfusionBody = z.strictObject({ dueOn: notPast, reason: note.optional() });
export type MoveTransfusionBody = z.infer<typeof moveTransfusionBody>;

/** The longest period one calendar read covers (days after `from`). */
export const calendarMaxDays = 92;

/** The organisation-wide calendar: upcoming transfusions of the children in the reader's scope, by day. */
export const transfusionCalendarQuery = z
  .strictObject({
    /** First day (default today, Kolkata). */
    from: isoDay.optional(),
    /** Last day, included (default from + 27; at most 92 days after `from`). */
    to: isoDay.optional(),
    district: districtCode.optional(),
  })
  .superRefine((q, ctx) => {
    const from = q.from ?? kolkataToday();
    if (!q.to) return;
    if (q.to < from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'period_reversed' });
    else if (Date.parse(q.to) - Date.parse(from) > calendarMaxDays * 86_400_000) {
      ctx.addIssue({ code: 'too_big', origin: 'date', maximum: calendarMaxDays, inclusive: true, path: ['to'] });
    }
  });
export type TransfusionCalendarQuery = z.input<typeof transfusionCalendarQuery>;

export const calendarTransfusion = z.object({
  transfusionId: uuid,
  patientId: uuid,
  /** THAL-0007. */
  patientReference: z.string(),
  patientName: z.string(),
  bloodGroup: z.enum(aboRhGroups),
  centre: z.string(),
  districtCode: z.string(),
  units: z.number().int(),
  state: z.enum(transfusionStates),
  confirmedUnits: z.number().int(),
  bookedUnits: z.number().int(),
  /** Units without a donor to count on (domain/thalassemia/units-short.ts); 0 once given, missed or cancelled. */
  unitsShort: z.number().int(),
  caseId: uuid.nullable(),
});
export type CalendarTransfusion = z.infer<typeof calendarTransfusion>;

export const transfusionCalendar = z.object({
  from: isoDay,
  to: isoDay,
  /** Only days with transfusions, ascending. */
  days: z.array(z.object({ day: isoDay, transfusions: z.array(calendarTransfusion) })),
});
export type TransfusionCalendar = z.infer<typeof transfusionCalendar>;
