// GET /transfusion-patients/{id}: one child's record as the reader sees it; "not found" outside their scope.
import type { TransfusionPatientDetail } from '../../../shared/contracts/transfusion-patients.js';
import type { Actor } from '../../../shared/permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { readPatientFor } from './lock-patient.js';
import { presentPatientFor } from './patient-reads.js';

export async function getTransfusionPatient(
  db: DbOrTx,
  actor: Actor,
  patientId: string,
): Promise<TransfusionPatientDetail> {
  const row = await readPatientFor(db, actor, patientId);
  return presentPatientFor(db, actor, row);
}
