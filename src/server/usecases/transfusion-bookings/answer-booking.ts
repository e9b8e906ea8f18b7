// A booked donor's answer: YES confirms them for the day, NO declines and books the next in the pool (or, when the
// pool is exhausted, opens or feeds a desk case and starts outreach). An operator records it (a phone call), or the
// donor replies by WhatsApp/SMS (answer-booking-by-message.ts); both go through `applyAnswer`.
import { sql } from 'drizzle-orm';
import type { AnswerBookingBody, PatientTransfusions } from '../../../shared/contracts/transfusion-bookings.js';
import type { Actor } from '../../../shared/permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { recordPatientEvent, type PatientRow } from '../transfusion-patients/lock-patient.js';
import {
  bookingError,
  isOpenTransfusion,
  lockBooking,
  rebook,
  runBookingAction,
  type ActionEffects,
  type BookingRow,
  type TransfusionRow,
} from './booking-action.js';
import type { OutreachDeps } from './transfusion-case.js';

/**
 * Records the answer on a locked booking and its transfusion. `booked` may become confirmed or declined; a donor who
 * confirmed may still decline. Anything else is 409 `booking_closed`.
 */
export async function applyAnswer(
  tx: DbOrTx,
  patient: PatientRow,
  booking: BookingRow,
  transfusion: TransfusionRow,
  answer: 'confirmed' | 'declined',
  via: { channel: string; actorId: string | null; note?: string | undefined },
  now: Date,
  effects: ActionEffects,
): Promise<void> {
  if (!isOpenTransfusion(transfusion)) throw bookingError('transfusion_closed');
  const allowed = answer === 'confirmed' ? booking.state === 'booked' : ['booked', 'confirmed'].includes(booking.state);
  if (!allowed) throw bookingError('booking_closed');
  await tx.execute(sql`update transfusion_bookings set state = ${answer}, answered_at = ${now.toISOString()}::timestamptz,
      answer_channel = ${via.channel}
    where id = ${booking.id}::uuid`);
  await tx.execute(
    answer === 'confirmed'
      ? sql`update donors set times_yes = times_yes + 1 where id = ${booking.donor_id}::uuid`
      : sql`update donors set times_no = times_no + 1 where id = ${booking.donor_id}::uuid`,
  );
  await recordPatientEvent(tx, patient, {
    type: 'booking_answered',
    actorId: via.actorId,
    at: now,
    details: {
      transfusionId: transfusion.id,
      bookingId: booking.id,
      donorId: booking.donor_id,
      dueOn: transfusion.due_on,
      answer,
      channel: via.channel,
      ...(via.note ? { note: via.note } : {}),
    },
  });
  if (answer === 'declined') await rebook(tx, patient, transfusion, booking.donor_id, via.actorId, now, effects);
}

/** POST …/bookings/{bookingId}/answer: an operator records the donor's answer. */
export function answerBooking(
  deps: OutreachDeps,
  actor: Actor,
  patientId: string,
  bookingId: string,
  body: AnswerBookingBody,
): Promise<PatientTransfusions> {
  return runBookingAction(deps, actor, patientId, 'recordTransfusion', async (tx, patient, now, effects) => {
    const { booking, transfusion } = await lockBooking(tx, patient.id, bookingId);
    await applyAnswer(
      tx,
      patient,
      booking,
      transfusion,
      body.answer,
      { channel: 'operator', actorId: actor.userId, note: body.note },
      now,
      effects,
    );
  });
}
