// POST …/bookings/plan ("book now"): the calendar filled to `bookAhead` and every unit booked from the pool, now
// rather than at the roster job's next run. What the pool cannot cover is answered as `unitsMissing` (and a
// `pool_exhausted` line); the desk takes it when the day comes near (the roster job) or a donor drops out.
import type { PlanResult } from '../../../shared/contracts/transfusion-bookings.js';
import type { Actor } from '../../../shared/permissions.js';
import { bookingError, runBookingAction } from './booking-action.js';
import { planForPatient } from './plan-patient-bookings.js';
import type { OutreachDeps } from './transfusion-case.js';

export async function bookNow(deps: OutreachDeps, actor: Actor, patientId: string): Promise<PlanResult> {
  const result = await runBookingAction(deps, actor, patientId, 'manageRoster', async (tx, patient, now) => {
    if (patient.state !== 'active') throw bookingError('patient_not_active');
    const outcome = await planForPatient(tx, patient, actor.userId, now);
    return {
      planned: outcome.planned,
      booked: outcome.booked,
      unitsMissing: outcome.shortfalls.reduce((n, s) => n + s.missing, 0),
    };
  });
  return {
    ...result,
    planned: result.planned ?? 0,
    booked: result.booked ?? 0,
    unitsMissing: result.unitsMissing ?? 0,
  };
}
