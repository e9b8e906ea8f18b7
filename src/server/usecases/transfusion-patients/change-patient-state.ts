// POST /transfusion-patients/{id}/state: a child's care paused (in hospital, travelling), resumed, or ended (moved
// away, a transplant, death). Pausing or ending takes the future off the calendar — the donors booked for it are
// released (`cancelled`) so nobody is asked to give for a child who will not be there; ending also releases the
// roster, so its donors may join another child's pool. Resuming books the next transfusions again.
import { and, eq, isNull } from 'drizzle-orm';
import type {
  ChangeTransfusionPatientStateBody,
  TransfusionPatientDetail,
} from '../../../shared/contracts/transfusion-patients.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { rosterMembers, transfusionPatients } from '../../db/schema/index.js';
import { kolkataDay } from '../../domain/blood/calendar.js';
import { planPatientBookings } from '../transfusion-bookings/plan-patient-bookings.js';
import { cancelFutureBookings, cancelFutureTransfusions } from './cancel-future-bookings.js';
import { lockPatientFor, patientError, readPatientFor, recordPatientEvent } from './lock-patient.js';
import { presentPatientFor } from './patient-reads.js';

export async function changePatientState(
  db: Db,
  actor: Actor,
  patientId: string,
  body: ChangeTransfusionPatientStateBody,
): Promise<TransfusionPatientDetail> {
  await db.transaction(async (tx) => {
    const row = await lockPatientFor(tx, actor, patientId, 'changeState');
    if (row.state === body.state) throw patientError('same_state');
    const now = new Date();
    const today = kolkataDay(now);
    await tx
      .update(transfusionPatients)
      .set({ state: body.state, updatedAt: now })
      .where(eq(transfusionPatients.id, row.id));
    let bookingsCancelled = 0;
    let transfusionsCancelled = 0;
    let membersReleased = 0;
    if (body.state !== 'active') {
      bookingsCancelled = await cancelFutureBookings(tx, row.id, today);
      transfusionsCancelled = await cancelFutureTransfusions(tx, row.id, today);
    }
    if (body.state === 'ended') {
      const released = await tx
        .update(rosterMembers)
        .set({ removedAt: now, removedById: actor.userId, removedReason: 'patient_ended' })
        .where(and(eq(rosterMembers.patientId, row.id), isNull(rosterMembers.removedAt)))
        .returning({ id: rosterMembers.id });
      membersReleased = released.length;
    }
    await recordPatientEvent(tx, row, {
      type: 'state_changed',
      actorId: actor.userId,
      at: now,
      details: {
        from: row.state,
        to: body.state,
        ...(body.reason ? { reason: body.reason } : {}),
        bookingsCancelled,
        transfusionsCancelled,
        membersReleased,
      },
    });
    if (body.state === 'active') await planPatientBookings(tx, actor, row.id);
  });
  return presentPatientFor(db, actor, await readPatientFor(db, actor, patientId));
}
