// POST /transfusion-patients/{id}/reveal: shows the guardian's phones to the person who will call them, recorded as
// a `contact_revealed` event with who and when (and in the audit log, as a donor's and a borrower's are); like a donor's number it stays shown to them for a while, and
// asking again meanwhile records nothing new.
import type { TransfusionPatientDetail } from '../../../shared/contracts/transfusion-patients.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { revealedUntil } from '../../domain/privacy/reveal.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { lockPatientFor, readPatientFor, recordPatientEvent } from './lock-patient.js';
import { lastPatientReveal, presentPatientFor } from './patient-reads.js';

export async function revealPatientContact(
  db: Db,
  actor: Actor,
  patientId: string,
  ip: string | null = null,
): Promise<TransfusionPatientDetail> {
  await db.transaction(async (tx) => {
    const row = await lockPatientFor(tx, actor, patientId, 'revealContact');
    const now = new Date();
    if (revealedUntil(await lastPatientReveal(tx, row.id, actor.userId), now)) return;
    await recordPatientEvent(tx, row, { type: 'contact_revealed', actorId: actor.userId, at: now });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: 'transfusion_patient.contact_revealed',
      subjectType: 'transfusion_patient',
      subjectId: row.id,
      organisationIds: [row.organisationId],
      ip,
    });
  });
  return presentPatientFor(db, actor, await readPatientFor(db, actor, patientId));
}
