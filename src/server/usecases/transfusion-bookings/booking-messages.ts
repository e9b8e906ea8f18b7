// The messages of a roster booking, in the donor's language on their channel through the outbox, inside the caller's
// transaction: the ask when a donor is booked (held out of the quiet hours and the donor's contact hours, counted
// towards their asks like any outreach ask), the reply to their answer, and the day-before reminder with the place
// and the time. A donor who opted out or withdrew consent is never written to; an organisation with no WhatsApp or
// SMS number writes to nobody (the operator calls).
import { sql } from 'drizzle-orm';
import type { Language } from '../../../shared/enums.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { bloodPolicyFor } from '../../db/queries/blood-policies.js';
import { donorEvents } from '../../db/schema/index.js';
import { sendAfter } from '../../domain/outreach/send-time.js';
import { channelText } from '../../i18n.js';
import { enqueueOutbound } from '../channels/enqueue-outbound.js';
import { messageRoute } from '../loans/loan-message-route.js';
import type { PatientRow } from '../transfusion-patients/lock-patient.js';

/** What a message to a booked donor needs to know of them. */
export interface BookedDonor {
  id: string;
  name: string;
  phone: string;
  language: Language;
  preferredChannel: string;
  contactFrom: number;
  contactTo: number;
  optedOutAt: Date | string | null;
  consentWithdrawnAt: Date | string | null;
}

/** A Kolkata day as people in India write it: 22-01-2027. */
export function spokenDay(day: string): string {
  return `${day.slice(8, 10)}-${day.slice(5, 7)}-${day.slice(0, 4)}`;
}

/** Minutes after midnight as a clock time: 600 → 10:00. */
export function clockTime(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

async function organisationName(tx: DbOrTx, organisationId: string): Promise<string> {
  const [row] = rowsOf<{ name: string }>(
    await tx.execute(sql`select name from organisations where id = ${organisationId}::uuid`),
  );
  return row?.name ?? '';
}

const reachable = (donor: BookedDonor) => donor.optedOutAt === null && donor.consentWithdrawnAt === null;

async function queue(
  tx: DbOrTx,
  patient: PatientRow,
  donor: BookedDonor,
  message: { template: string; params: Record<string, string | number>; dedupeKey: string; notBefore?: Date | null },
  now: Date,
): Promise<boolean> {
  if (!reachable(donor)) return false;
  const route = await messageRoute(tx, patient.organisationId, donor.preferredChannel === 'sms' ? 'sms' : 'whatsapp');
  if (!route) return false;
  await enqueueOutbound(
    tx,
    {
      accountId: route.accountId,
      organisationId: patient.organisationId,
      provider: route.provider,
      channel: route.channel,
      to: donor.phone,
      language: donor.language,
      template: message.template,
      body: channelText(donor.language, message.template, message.params),
      purpose: 'donor_ask',
      dedupeKey: message.dedupeKey,
      ...(message.notBefore ? { notBefore: message.notBefore } : {}),
    },
    now,
  );
  return true;
}

/**
 * Asks a booked donor whether they can come; true when the ask was queued. Counts towards the donor's asks
 * (times_asked, last_asked_at) and writes an `asked` line in the donor's history.
 */
export async function queueBookingAsk(
  tx: DbOrTx,
  patient: PatientRow,
  donor: BookedDonor,
  booking: { id: string; dueOn: string },
  actorId: string | null,
  now: Date,
): Promise<boolean> {
  const policy = await bloodPolicyFor(tx, patient.organisationId);
  const after = sendAfter({
    now,
    critical: false,
    quietHours: policy.quietHours,
    contactFrom: donor.contactFrom,
    contactTo: donor.contactTo,
  });
  const queued = await queue(
    tx,
    patient,
    donor,
    {
      template: 'transfusion_booking.ask',
      params: {
        organisation: await organisationName(tx, patient.organisationId),
        name: donor.name,
        reference: patient.reference,
        date: spokenDay(booking.dueOn),
        centre: patient.centre,
      },
      dedupeKey: `transfusion-booking-ask:${booking.id}:${now.getTime()}`,
      notBefore: after,
    },
    now,
  );
  if (!queued) return false;
  await tx.execute(sql`update donors set times_asked = times_asked + 1, last_asked_at = ${now.toISOString()}::timestamptz
    where id = ${donor.id}::uuid`);
  await tx.insert(donorEvents).values({
    donorId: donor.id,
    organisationId: patient.organisationId,
    type: 'asked',
    actorId,
    at: now,
    details: { transfusionBookingId: booking.id, patientReference: patient.reference, dueOn: booking.dueOn },
  });
  return true;
}

/** The reply to a donor's answer by message: confirmed for the day, or thanked for saying no. */
export async function queueAnswerReply(
  tx: DbOrTx,
  patient: PatientRow,
  donor: BookedDonor,
  booking: { id: string; dueOn: string },
  answer: 'confirmed' | 'declined',
  now: Date,
): Promise<boolean> {
  return queue(
    tx,
    patient,
    donor,
    {
      template: `transfusion_booking.${answer}`,
      params: { name: donor.name, date: spokenDay(booking.dueOn), centre: patient.centre },
      dedupeKey: `transfusion-booking-answer:${booking.id}:${answer}:${now.getTime()}`,
    },
    now,
  );
}

/** The day-before reminder: the place (centre and address) and the time to come. Once per booking (its key). */
export async function queueBookingReminder(
  tx: DbOrTx,
  patient: PatientRow,
  donor: BookedDonor,
  booking: { id: string; dueOn: string },
  now: Date,
): Promise<boolean> {
  const policy = await bloodPolicyFor(tx, patient.organisationId);
  return queue(
    tx,
    patient,
    donor,
    {
      template: 'transfusion_booking.reminder',
      params: {
        name: donor.name,
        date: spokenDay(booking.dueOn),
        reference: patient.reference,
        place: patient.centreAddress ? `${patient.centre}, ${patient.centreAddress}` : patient.centre,
        time: clockTime(patient.arrivalMinute),
      },
      dedupeKey: `transfusion-booking-reminder:${booking.id}:${booking.dueOn}`,
      notBefore: sendAfter({
        now,
        critical: false,
        quietHours: policy.quietHours,
        contactFrom: donor.contactFrom,
        contactTo: donor.contactTo,
      }),
    },
    now,
  );
}
