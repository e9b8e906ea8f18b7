// POST …/transfusions/{transfusionId}/move: the centre gave another day. The transfusion's donors are released (a
// donor may not be eligible on the new day) and the pool is booked again for it, each newly booked donor asked
// again. Another transfusion of the child on that day is 409 `day_taken`; a transfusion taken off the calendar
// on that day earlier (cancelled, nothing given) makes way.
import { sql } from 'drizzle-orm';
import type { MoveTransfusionBody, PatientTransfusions } from '../../../shared/contracts/transfusion-bookings.js';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { recordPatientEvent } from '../transfusion-patients/lock-patient.js';
import { bookingError, isOpenTransfusion, lockTransfusion, runBookingAction } from './booking-action.js';
import { planForPatient } from './plan-patient-bookings.js';
import type { OutreachDeps } from './transfusion-case.js';

export function moveTransfusion(
  deps: OutreachDeps,
  actor: Actor,
  patientId: string,
  transfusionId: string,
  body: MoveTransfusionBody,
): Promise<PatientTransfusions> {
  return runBookingAction(deps, actor, patientId, 'recordTransfusion', async (tx, patient, now) => {
    const transfusion = await lockTransfusion(tx, patient.id, transfusionId);
    if (!isOpenTransfusion(transfusion)) throw bookingError('transfusion_closed');
    if (body.dueOn === transfusion.due_on) {
      throw new AppError('validation_failed', { count: 1 }, [{ field: 'dueOn', code: 'nothing_to_change' }]);
    }
    const [other] = rowsOf<{ id: string; state: string; given: number }>(
      await tx.execute(sql`select t.id, t.state, (select count(*)::int from transfusion_bookings b
            where b.transfusion_id = t.id and b.state = 'donated') as given
        from transfusions t where t.patient_id = ${patient.id}::uuid and t.due_on = ${body.dueOn} for update`),
    );
    if (other) {
      if (other.state !== 'cancelled' || other.given > 0) throw bookingError('day_taken');
      await tx.execute(sql`delete from transfusions where id = ${other.id}::uuid`);
    }
    await tx.execute(sql`update transfusion_bookings set state = 'cancelled'
      where transfusion_id = ${transfusion.id}::uuid and state in ('booked', 'confirmed')`);
    await tx.execute(sql`update transfusions set due_on = ${body.dueOn}, state = 'planned', updated_at = now()
      where id = ${transfusion.id}::uuid`);
    await recordPatientEvent(tx, patient, {
      type: 'transfusion_planned',
      actorId: actor.userId,
      at: now,
      details: {
        transfusionId: transfusion.id,
        dueOn: body.dueOn,
        movedFrom: transfusion.due_on,
        ...(body.reason ? { reason: body.reason } : {}),
      },
    });
    await planForPatient(tx, patient, actor.userId, now);
  });
}
