import type { CaseDetail } from '../../../shared/contracts/cases.js';
import type { Priority } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { priorityRank } from '../../domain/cases/desk-policy.js';
import { dueTimes } from '../../domain/cases/sla.js';
import { AppError } from '../../errors.js';
import type { CaseBus } from '../../events/case-bus.js';
import { recordCaseEvent, runCaseAction, touchCase } from './case-context.js';
import { deskPolicyFor } from '../../db/queries/desk-policies.js';

/** An operator's judgement beats the rules, with a reason; null returns to the computed priority. */
export async function overridePriority(
  deps: { db: Db; bus?: CaseBus | undefined },
  actor: Actor,
  caseId: string,
  input: { priority: Priority | null; reason?: string | undefined },
): Promise<CaseDetail> {
  return runCaseAction(deps, actor, caseId, 'overridePriority', async (tx, row) => {
    if (input.priority !== null && !input.reason) {
      throw new AppError('validation_failed', { count: 1 }, [{ field: 'reason', code: 'required' }]);
    }
    const effective = input.priority ?? row.computedPriority;
    const policy = await deskPolicyFor(tx, row.organisationId);
    await touchCase(tx, row, actor, {
      priorityOverride: input.priority,
      priorityOverrideReason: input.priority ? (input.reason ?? null) : null,
      priorityRank: priorityRank[effective],
      ...dueTimes(row.firstMessageAt, effective, policy.targets),
    });
    await recordCaseEvent(tx, {
      caseId: row.id,
      actorId: actor.userId,
      type: 'priority_overridden',
      before: { priority: row.priorityOverride ?? row.computedPriority },
      after: { priority: effective, overridden: input.priority !== null },
      note: input.reason ?? null,
    });
  });
}
