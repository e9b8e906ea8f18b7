import type { CaseDetail } from '../../../shared/contracts/cases.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import type { CaseBus } from '../../events/case-bus.js';
import { recordCaseEvent, runCaseAction } from './case-context.js';

/** Phone numbers are masked on the desk; showing them is recorded, so we know who saw whose number. */
export async function revealContact(
  deps: { db: Db; bus?: CaseBus | undefined },
  actor: Actor,
  caseId: string,
): Promise<CaseDetail> {
  return runCaseAction(
    deps,
    actor,
    caseId,
    async (tx, row) => {
      await recordCaseEvent(tx, {
        caseId: row.id,
        actorId: actor.userId,
        type: 'contact_revealed',
        after: { phones: row.requesterPhones.length },
      });
    },
    { revealContact: true },
  );
}
