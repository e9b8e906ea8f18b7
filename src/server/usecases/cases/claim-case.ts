import type { CaseDetail } from '../../../shared/contracts/cases.js';
import type { Actor } from '../../../shared/permissions.js';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import { activeAssignee } from '../../domain/cases/claims.js';
import { AppError } from '../../errors.js';
import type { CaseBus } from '../../events/case-bus.js';
import { recordCaseEvent, runCaseAction, touchCase } from './case-context.js';
import { deskPolicyFor } from '../../db/queries/desk-policies.js';

/** "Assign to me". A live claim by someone else is refused; a lapsed one may be taken over. */
export async function claimCase(
  deps: { db: Db; bus?: CaseBus | undefined },
  actor: Actor,
  caseId: string,
): Promise<CaseDetail> {
  return runCaseAction(deps, actor, caseId, 'claim', async (tx, row) => {
    const policy = await deskPolicyFor(tx, row.organisationId);
    const now = new Date();
    const holder = activeAssignee(row.assigneeId, row.assigneeActiveAt, policy.claimIdleMinutes, now);
    if (holder === actor.userId) return;
    if (holder) throw new AppError('already_claimed');
    await touchCase(tx, row, actor, { assigneeId: actor.userId, claimedAt: now, assigneeActiveAt: now });
    const [claimant] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
    await recordCaseEvent(tx, {
      caseId: row.id,
      actorId: actor.userId,
      type: 'claimed',
      before: { assigneeId: row.assigneeId },
      after: { assigneeId: actor.userId, assigneeName: claimant?.name ?? null },
    });
  });
}
