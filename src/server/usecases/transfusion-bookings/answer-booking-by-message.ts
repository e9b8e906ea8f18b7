// A WhatsApp or SMS reply read as a booked donor's answer (the inbox hook, beside usecases/outreach/
// answer-by-message.ts, which goes first: an emergency's ask wins over a roster booking). YES/NO (हाँ/नहीं, 1/2) from
// a phone with a booking of this organisation still waiting for an answer answers the earliest such booking; the
// donor is told they are confirmed, or thanked. A NO books the next in the pool; when the pool is exhausted the
// desk case opens here and the roster job starts its outreach (it runs as the child's registrar).
import { eq, sql } from 'drizzle-orm';
import type { InboundMessage } from '../../channels/types.js';
import { rowsOf, type Tx } from '../../db/client.js';
import type { ChannelAccount } from '../../db/queries/channel-accounts.js';
import { transfusionPatients } from '../../db/schema/index.js';
import { kolkataDay } from '../../domain/blood/calendar.js';
import { readAnswerWord } from '../../domain/outreach/answer-words.js';
import { followCases, lockBooking, noEffects } from './booking-action.js';
import { applyAnswer } from './answer-booking.js';
import { queueAnswerReply, type BookedDonor } from './booking-messages.js';

export interface BookingMessageAnswer {
  outcome: Record<string, unknown>;
}

export async function answerBookingByMessage(
  tx: Tx,
  account: ChannelAccount,
  message: InboundMessage,
  now: Date,
): Promise<BookingMessageAnswer | null> {
  if (!message.fromIsPhone || (message.channel !== 'whatsapp' && message.channel !== 'sms')) return null;
  if (!account.organisationId) return null;
  const word = readAnswerWord(message.text);
  if (word !== 'yes' && word !== 'no') return null;
  const [pending] = rowsOf<{ booking_id: string; patient_id: string }>(
    await tx.execute(sql`select b.id as booking_id, b.patient_id from transfusion_bookings b
      join donors d on d.id = b.donor_id
      join transfusions t on t.id = b.transfusion_id
      where d.phone = ${message.from} and b.organisation_id = ${account.organisationId}::uuid
        and b.state = 'booked' and b.asked_at is not null
        and t.state in ('planned', 'covered') and t.due_on >= ${kolkataDay(now)}
      order by t.due_on, b.booked_at limit 1`),
  );
  if (!pending) return null;
  // Lock order as every roster action: the child, then the transfusion and booking, then donors.
  const [patient] = await tx
    .select()
    .from(transfusionPatients)
    .where(eq(transfusionPatients.id, pending.patient_id))
    .for('update');
  if (!patient) return null;
  const { booking, transfusion } = await lockBooking(tx, patient.id, pending.booking_id);
  if (booking.state !== 'booked' || (transfusion.state !== 'planned' && transfusion.state !== 'covered')) return null;
  const answer = word === 'yes' ? 'confirmed' : 'declined';
  const effects = noEffects();
  await applyAnswer(
    tx,
    patient,
    booking,
    transfusion,
    answer,
    { channel: message.channel, actorId: null },
    now,
    effects,
  );
  // An open desk case of the child's days asks for what they are short now (the donor acting: the system).
  await followCases(tx, patient, null, now, effects);
  const [donor] = rowsOf<BookedDonor>(
    await tx.execute(sql`select id, name, phone, language, preferred_channel as "preferredChannel",
        contact_from as "contactFrom", contact_to as "contactTo", opted_out_at as "optedOutAt",
        consent_withdrawn_at as "consentWithdrawnAt"
      from donors where id = ${booking.donor_id}::uuid`),
  );
  if (donor) await queueAnswerReply(tx, patient, donor, { id: booking.id, dueOn: transfusion.due_on }, answer, now);
  return {
    outcome: {
      action: 'transfusion_booking_answer',
      bookingId: booking.id,
      answer,
      caseIds: effects.outreachCaseIds,
    },
  };
}
