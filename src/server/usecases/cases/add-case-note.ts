import type { CaseDetail } from '../../../shared/contracts/cases.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import type { CaseBus } from '../../events/case-bus.js';
import { recordCaseEvent, runCaseAction, touchCase } from './case-context.js';

export async function addCaseNote(
  deps: { db: Db; bus?: CaseBus | undefined },
  actor: Actor,
  caseId: string,
  note: string,
): Promise<CaseDetail> {
  return runCaseAction(deps, actor, caseId, 'note', async (tx, row) => {
    await touchCase(tx, row, actor);
    await recordCaseEvent(tx, { caseId: row.id, actorId: actor.userId, type: 'note_added', note });
  });
}
