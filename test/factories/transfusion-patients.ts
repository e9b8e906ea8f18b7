// Children on regular transfusion (issue #14) for tests: registered through the one way in (no HTTP), and pools of
// donors put on their roster directly (no booking is planned: the test plans when it wants to).
import {
  createTransfusionPatientBody,
  type CreateTransfusionPatientBody,
} from '../../src/shared/contracts/transfusion-patients.js';
import type { Db } from '../../src/server/db/client.js';
import { rosterMembers } from '../../src/server/db/schema/index.js';
import { registerPatient } from '../../src/server/usecases/transfusion-patients/create-transfusion-patient.js';
import type { PatientRow } from '../../src/server/usecases/transfusion-patients/lock-patient.js';
import { freshPhone } from './cases.js';

/** A registration body as the form sends it: a B+ child transfused 2 units every 21 days, in the given district. */
export function transfusionPatientBody(
  district: string,
  over: Partial<CreateTransfusionPatientBody> = {},
): CreateTransfusionPatientBody {
  return {
    name: `Child ${Math.random().toString(36).slice(2, 8)}`,
    sex: 'female',
    dateOfBirth: '2017-03-14',
    guardianName: 'Guardian Sharma',
    guardianPhone: freshPhone(),
    bloodGroup: 'B+',
    intervalDays: 21,
    unitsPerTransfusion: 2,
    centre: 'Thalassemia Day Care, Hallet Hospital',
    district,
    consentBy: 'Guardian Sharma',
    ...over,
  };
}

/**
 * A child registered with the organisation (which must serve the district), returned as its row. `over` takes any
 * field of the form (lastTransfusionOn, intervalDays, unitsPerTransfusion, bloodGroup, bookAhead, …).
 */
export async function createTransfusionPatient(
  db: Db,
  options: {
    organisationId: string;
    district: string;
    actorId?: string | null;
    over?: Partial<CreateTransfusionPatientBody>;
  },
): Promise<PatientRow> {
  const { organisationId: _ignored, ...input } = createTransfusionPatientBody.parse(
    transfusionPatientBody(options.district, options.over),
  );
  return registerPatient(db, { organisationId: options.organisationId, input, actorId: options.actorId ?? null });
}

/** Puts donors on a child's roster as they are (no compatibility check, no planning): for setting up a pool. */
export async function addToRoster(
  db: Db,
  patient: Pick<PatientRow, 'id' | 'organisationId'>,
  donorIds: readonly string[],
  options: { agreedToMorePools?: boolean; addedById?: string | null } = {},
): Promise<void> {
  if (donorIds.length === 0) return;
  await db.insert(rosterMembers).values(
    donorIds.map((donorId) => ({
      patientId: patient.id,
      donorId,
      organisationId: patient.organisationId,
      agreedToMorePools: options.agreedToMorePools ?? false,
      addedById: options.addedById ?? null,
    })),
  );
}
