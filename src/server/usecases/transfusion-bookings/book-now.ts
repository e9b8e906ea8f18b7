// POST …/bookings/plan ("book now"): the calendar filled to `bookAhead` and every unit booked from the pool, now
// rather than at the roster job's next run. What is still short is answered as `unitsMissing` — the units short of
// every upcoming transfusion by the one rule (domain/thalassemia/units-short.ts), the number a desk case for them asks
// for — (and a `pool_exhausted` line where the pool ran out); the desk takes it when the day comes near (the roster
// job) or a donor drops out.
import type { PlanResult } from '../../../shared/contracts/transfusion-bookings.js';
import type { Actor } from '../../../shared/permissions.js';
import { bookingError, runBookingAction } from './booking-action.js';
import { planForPatient } from './plan-patient-bookings.js';
import { transfusionShortfalls, type OutreachDeps } from './transfusion-case.js';

export async function bookNow(deps: OutreachDeps, actor: Actor, patientId: string): Promise<PlanResult> {
  const result = await runBookingAction(deps, actor, patientId, 'manageRoster', async (tx, patient, now) => {
    if (patient.state !== 'active') throw bookingError('patient_not_active');
    const outcome = await planForPatient(tx, patient, actor.userId, now);
    return {
      planned: outcome.planned,
      booked: outcome.booked,
      unitsMissing: (await transfusionShortfalls(tx, patient, now)).reduce((n, t) => n + t.short, 0),
    };
  });
  return {
    ...result,
    planned: result.planned ?? 0,
    booked: result.booked ?? 0,
    unitsMissing: result.unitsMissing ?? 0,
  };
}
