// What every action on one child on regular transfusion needs (issue #14): the row read or locked for it, the ability
// checked (out of reach → "not found", not allowed → 403, a rule such as an ended child's closed roster → 409
// `patient_unavailable` with its reason), and the change recorded as one transfusion_patient_events row saying who
// did what and when. The bookings use cases (usecases/transfusion-bookings) lock the child the same way.
import { eq } from 'drizzle-orm';
import type { TransfusionPatientEventType } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import { canUseThalassemia } from '../../../shared/thalassemia-permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { transfusionPatientEvents, transfusionPatients } from '../../db/schema/index.js';
import {
  patientAbilities,
  type PatientAbilities,
  type PatientAbility,
  type PatientRefusal,
} from '../../domain/thalassemia/patient-abilities.js';
import { AppError, forbidden, notFound } from '../../errors.js';

export type PatientRow = typeof transfusionPatients.$inferSelect;
export type { PatientAbility };

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The error a refusal is answered with: 404, 403, or 409 `patient_unavailable` with the reason's words. */
export function patientError(refusal: PatientRefusal | RosterRefusal, params: Record<string, unknown> = {}): AppError {
  if (refusal === 'not_visible') return notFound();
  if (refusal === 'forbidden') return forbidden();
  return new AppError('patient_unavailable', { reasonKey: `transfusion_patient.${refusal}`, ...params });
}

/** Refusals of roster rules raised by the use cases (beyond the abilities). */
export type RosterRefusal =
  'donor_already_in_pool' | 'donor_incompatible' | 'donor_group_unknown' | 'donor_unavailable' | 'same_state';

/** Thalassemia care is for the desk of a health-scoped organisation (operators, coordinators, admins): else 403. */
export function requireThalassemia(actor: Actor): void {
  if (!canUseThalassemia(actor)) throw forbidden();
}

export function abilitiesOfPatient(actor: Actor, row: PatientRow): PatientAbilities {
  return patientAbilities(actor, {
    organisationId: row.organisationId,
    districtCode: row.districtCode,
    state: row.state,
  });
}

/**
 * Loads and locks (FOR UPDATE) one child for an action, refused unless the actor may take it. Lock order for
 * actions touching donors too: the child first, then the donor(s).
 */
export async function lockPatientFor(
  tx: DbOrTx,
  actor: Actor,
  patientId: string,
  ability: PatientAbility,
): Promise<PatientRow> {
  requireThalassemia(actor);
  if (!uuidShape.test(patientId)) throw notFound();
  const [row] = await tx.select().from(transfusionPatients).where(eq(transfusionPatients.id, patientId)).for('update');
  if (!row) throw notFound();
  const verdict = abilitiesOfPatient(actor, row)[ability];
  if (verdict !== true) throw patientError(verdict);
  return row;
}

/** Reads one child the actor may see (no lock); "not found" outside their scope. */
export async function readPatientFor(db: DbOrTx, actor: Actor, patientId: string): Promise<PatientRow> {
  requireThalassemia(actor);
  if (!uuidShape.test(patientId)) throw notFound();
  const [row] = await db.select().from(transfusionPatients).where(eq(transfusionPatients.id, patientId));
  if (!row || !abilitiesOfPatient(actor, row).read) throw notFound();
  return row;
}

/** One line of the child's history. `actorId` null: the system (the roster job) or a donor's message. */
export async function recordPatientEvent(
  tx: DbOrTx,
  patient: Pick<PatientRow, 'id' | 'organisationId'>,
  event: { type: TransfusionPatientEventType; actorId: string | null; at?: Date; details?: Record<string, unknown> },
): Promise<void> {
  await tx.insert(transfusionPatientEvents).values({
    patientId: patient.id,
    organisationId: patient.organisationId,
    type: event.type,
    actorId: event.actorId,
    at: event.at ?? new Date(),
    details: event.details ?? {},
  });
}
