import type { CaseDetail } from '../../../shared/contracts/cases.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { revealedUntil } from '../../domain/privacy/reveal.js';
import type { CaseBus } from '../../events/case-bus.js';
import { recordCaseEvent, runCaseAction } from './case-context.js';
import { lastContactReveal } from '../../db/queries/last-contact-reveal.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';

/**
 * Phone numbers are masked on the desk; showing them is recorded (on the case and in the audit log), so we know who
 * saw whose number. A reveal
 * lasts `revealMinutes` for that person on that case; asking again meanwhile records nothing new.
 */
export async function revealContact(
  deps: { db: Db; bus?: CaseBus | undefined },
  actor: Actor,
  caseId: string,
  ip: string | null = null,
): Promise<CaseDetail> {
  return runCaseAction(deps, actor, caseId, 'revealContact', async (tx, row) => {
    if (revealedUntil(await lastContactReveal(tx, row.id, actor.userId), new Date())) return;
    await recordCaseEvent(tx, {
      caseId: row.id,
      actorId: actor.userId,
      type: 'contact_revealed',
      after: { phones: row.requesterPhones.length },
    });
    // In the audit log too, beside every other number shown: who saw whose numbers, in one place for the admin.
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: 'case.contact_revealed',
      subjectType: 'case',
      subjectId: row.id,
      organisationIds: row.organisationId ? [row.organisationId] : [],
      ip,
      details: { reference: row.reference },
    });
  });
}
