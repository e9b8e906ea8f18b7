// A transfusion's end on the calendar: done (the day it was given and the units), or missed (the day passed without
// blood). The desk case opened for its shortfall closes and its outreach stops; donors still only booked for it are
// released (`cancelled`); a done transfusion moves the child's last
// transfusion day on, and the calendar is filled to `bookAhead` again. Missed only once its day has come.
import { sql } from 'drizzle-orm';
import type {
  MarkTransfusionDoneBody,
  MarkTransfusionMissedBody,
  PatientTransfusions,
} from '../../../shared/contracts/transfusion-bookings.js';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { kolkataDay } from '../../domain/blood/calendar.js';
import { transfusionMissable } from '../../domain/thalassemia/transfusion-calendar.js';
import { recordPatientEvent } from '../transfusion-patients/lock-patient.js';
import { bookingError, isOpenTransfusion, lockTransfusion, runBookingAction } from './booking-action.js';
import { planForPatient } from './plan-patient-bookings.js';
import { closeTransfusionCase, type OutreachDeps } from './transfusion-case.js';

async function releaseWaitingBookings(tx: DbOrTx, transfusionId: string, states: string[]): Promise<number> {
  const rows = rowsOf<{ id: string }>(
    await tx.execute(sql`update transfusion_bookings set state = 'cancelled'
    where transfusion_id = ${transfusionId}::uuid and state in (${sql.join(
      states.map((s) => sql`${s}`),
      sql`, `,
    )}) returning id`),
  );
  return rows.length;
}

/** POST …/transfusions/{transfusionId}/done. */
export function markTransfusionDone(
  deps: OutreachDeps,
  actor: Actor,
  patientId: string,
  transfusionId: string,
  body: MarkTransfusionDoneBody,
): Promise<PatientTransfusions> {
  return runBookingAction(deps, actor, patientId, 'recordTransfusion', async (tx, patient, now, effects) => {
    const transfusion = await lockTransfusion(tx, patient.id, transfusionId);
    if (!isOpenTransfusion(transfusion)) throw bookingError('transfusion_closed');
    const closedCase = await closeTransfusionCase(tx, transfusion.case_id, actor.userId, 'done', now);
    if (closedCase) effects.closedCaseIds.push(closedCase);
    await tx.execute(sql`update transfusions set state = 'done', done_on = ${body.doneOn},
        units_given = ${body.unitsGiven}, updated_at = now()
      where id = ${transfusion.id}::uuid`);
    // Donors who never answered are released; who confirmed keeps their booking for the centre's outcome.
    const released = await releaseWaitingBookings(tx, transfusion.id, ['booked']);
    await tx.execute(sql`update transfusion_patients set last_transfusion_on = ${body.doneOn}, updated_at = now()
      where id = ${patient.id}::uuid and (last_transfusion_on is null or last_transfusion_on < ${body.doneOn})`);
    await recordPatientEvent(tx, patient, {
      type: 'transfusion_done',
      actorId: actor.userId,
      at: now,
      details: {
        transfusionId: transfusion.id,
        dueOn: transfusion.due_on,
        doneOn: body.doneOn,
        unitsGiven: body.unitsGiven,
        bookingsReleased: released,
      },
    });
    await planForPatient(tx, patient, actor.userId, now);
  });
}

/** POST …/transfusions/{transfusionId}/missed. */
export function markTransfusionMissed(
  deps: OutreachDeps,
  actor: Actor,
  patientId: string,
  transfusionId: string,
  body: MarkTransfusionMissedBody,
): Promise<PatientTransfusions> {
  return runBookingAction(deps, actor, patientId, 'recordTransfusion', async (tx, patient, now, effects) => {
    const transfusion = await lockTransfusion(tx, patient.id, transfusionId);
    if (!isOpenTransfusion(transfusion)) throw bookingError('transfusion_closed');
    if (!transfusionMissable({ state: transfusion.state, dueOn: transfusion.due_on }, kolkataDay(now))) {
      throw bookingError('transfusion_not_due');
    }
    await tx.execute(
      sql`update transfusions set state = 'missed', updated_at = now() where id = ${transfusion.id}::uuid`,
    );
    const closedCase = await closeTransfusionCase(tx, transfusion.case_id, actor.userId, 'missed', now);
    if (closedCase) effects.closedCaseIds.push(closedCase);
    const released = await releaseWaitingBookings(tx, transfusion.id, ['booked', 'confirmed']);
    await recordPatientEvent(tx, patient, {
      type: 'transfusion_missed',
      actorId: actor.userId,
      at: now,
      details: {
        transfusionId: transfusion.id,
        dueOn: transfusion.due_on,
        bookingsReleased: released,
        ...(body.reason ? { reason: body.reason } : {}),
      },
    });
    await planForPatient(tx, patient, actor.userId, now);
  });
}
