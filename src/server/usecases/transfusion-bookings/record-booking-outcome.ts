// POST …/bookings/{bookingId}/outcome: what happened at the centre. `donated` records the donation through
// usecases/donors/record-donation.ts (the donation row, eligibility decided again, the donor thanked: "a thalassemia
// child at <centre>"); `deferred` records the centre's deferral through usecases/donors/record-centre-deferral.ts
// (it sets eligibility) and books the next in the pool; `no_show` books the next in the pool. Everything in one
// transaction: the child, then the transfusion and booking, then the donor are locked in that order.
import { sql } from 'drizzle-orm';
import type { BookingOutcomeBody, PatientTransfusions } from '../../../shared/contracts/transfusion-bookings.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { recordPatientEvent } from '../transfusion-patients/lock-patient.js';
import { recordCentreDeferral } from '../donors/record-centre-deferral.js';
import { reachOfTransfusion } from '../../domain/blood/donor-thanks.js';
import { recordDonation } from '../donors/record-donation.js';
import { bookingError, isOpenTransfusion, lockBooking, rebook, runBookingAction } from './booking-action.js';
import type { OutreachDeps } from './transfusion-case.js';

export function recordBookingOutcome(
  deps: OutreachDeps,
  actor: Actor,
  patientId: string,
  bookingId: string,
  body: BookingOutcomeBody,
): Promise<PatientTransfusions> {
  return runBookingAction(deps, actor, patientId, 'recordTransfusion', async (tx, patient, now, effects) => {
    const { booking, transfusion } = await lockBooking(tx, patient.id, bookingId);
    if (!isOpenTransfusion(transfusion) && transfusion.state !== 'done') throw bookingError('transfusion_closed');
    if (booking.state !== 'booked' && booking.state !== 'confirmed') throw bookingError('booking_closed');
    // The donor use cases run their own transaction: inside this one it is a savepoint, so all commits together.
    const inTx = tx as unknown as Db;
    let donationId: string | null = null;
    if (body.outcome === 'donated') {
      const recorded = await recordDonation(
        inTx,
        actor,
        booking.donor_id,
        {
          product: 'whole_blood',
          units: 1,
          ...(body.bagNumber ? { bagNumber: body.bagNumber } : {}),
          bloodCentre: body.bloodCentre ?? patient.centre,
          donatedOn: body.donatedOn ?? transfusion.due_on,
          reachedNote: `a thalassemia child at ${patient.centre}`.slice(0, 200),
          replacement: false,
        },
        { reach: reachOfTransfusion(patient, body.donatedOn ?? transfusion.due_on) },
      );
      donationId = recorded.donation.id;
    } else if (body.outcome === 'deferred') {
      await recordCentreDeferral(inTx, actor, booking.donor_id, {
        reason: body.reason ?? '',
        until: body.until ?? null,
        centre: patient.centre.slice(0, 160),
      });
    }
    await tx.execute(sql`update transfusion_bookings set state = ${body.outcome},
        donation_id = ${donationId}::uuid,
        deferral_reason = ${body.outcome === 'deferred' ? (body.reason ?? null) : null},
        answered_at = coalesce(answered_at, ${now.toISOString()}::timestamptz),
        answer_channel = coalesce(answer_channel, 'operator')
      where id = ${booking.id}::uuid`);
    await recordPatientEvent(tx, patient, {
      type: 'booking_answered',
      actorId: actor.userId,
      at: now,
      details: {
        transfusionId: transfusion.id,
        bookingId: booking.id,
        donorId: booking.donor_id,
        dueOn: transfusion.due_on,
        outcome: body.outcome,
        ...(donationId ? { donationId } : {}),
        ...(body.outcome === 'deferred' ? { reason: body.reason, until: body.until ?? null } : {}),
      },
    });
    if (body.outcome !== 'donated' && isOpenTransfusion(transfusion)) {
      await rebook(tx, patient, transfusion, booking.donor_id, actor.userId, now, effects);
    }
  });
}
