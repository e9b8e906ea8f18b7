import type { CaseDetail } from '../../../shared/contracts/cases.js';
import type { CallOutcome } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import type { CaseBus } from '../../events/case-bus.js';
import { recordCaseEvent, runCaseAction, touchCase } from './case-context.js';

/** Any call attempt is the desk responding: it stops the first-response clock. */
export async function logCall(
  deps: { db: Db; bus?: CaseBus | undefined },
  actor: Actor,
  caseId: string,
  input: { outcome: CallOutcome; note?: string | undefined },
): Promise<CaseDetail> {
  return runCaseAction(deps, actor, caseId, 'logCall', async (tx, row) => {
    await touchCase(tx, row, actor, {}, { isResponse: true });
    await recordCaseEvent(tx, {
      caseId: row.id,
      actorId: actor.userId,
      type: 'call_logged',
      after: { outcome: input.outcome },
      note: input.note ?? null,
    });
  });
}
