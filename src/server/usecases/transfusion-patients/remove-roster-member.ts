// DELETE /transfusion-patients/{id}/roster/{donorId}: a donor leaves a child's pool (they moved, they asked to, the
// coordinator rebalanced pools). Their bookings for this child's coming transfusions are cancelled in the same
// transaction, and the child's bookings follow the pool (the gap is booked from the others).
import { and, eq, isNull } from 'drizzle-orm';
import type { RosterView } from '../../../shared/contracts/transfusion-patients.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { rosterMembers } from '../../db/schema/index.js';
import { kolkataDay } from '../../domain/blood/calendar.js';
import { notFound } from '../../errors.js';
import { planPatientBookings } from '../transfusion-bookings/plan-patient-bookings.js';
import { cancelFutureBookings } from './cancel-future-bookings.js';
import { lockPatientFor, readPatientFor, recordPatientEvent } from './lock-patient.js';
import { rosterViewOf } from './roster-reads.js';

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function removeRosterMember(
  db: Db,
  actor: Actor,
  patientId: string,
  donorId: string,
  reason: string | null = null,
): Promise<RosterView> {
  await db.transaction(async (tx) => {
    const patient = await lockPatientFor(tx, actor, patientId, 'manageRoster');
    if (!uuidShape.test(donorId)) throw notFound();
    const now = new Date();
    const removed = await tx
      .update(rosterMembers)
      .set({ removedAt: now, removedById: actor.userId, removedReason: reason })
      .where(
        and(
          eq(rosterMembers.patientId, patient.id),
          eq(rosterMembers.donorId, donorId),
          isNull(rosterMembers.removedAt),
        ),
      )
      .returning({ id: rosterMembers.id });
    if (removed.length === 0) throw notFound();
    const bookingsCancelled = await cancelFutureBookings(tx, patient.id, kolkataDay(now), donorId);
    await recordPatientEvent(tx, patient, {
      type: 'roster_member_removed',
      actorId: actor.userId,
      at: now,
      details: { donorId, bookingsCancelled, ...(reason ? { reason } : {}) },
    });
    if (patient.state === 'active') await planPatientBookings(tx, actor, patient.id);
  });
  return rosterViewOf(db, actor, await readPatientFor(db, actor, patientId));
}
