import { and, eq } from 'drizzle-orm';
import type { CaseDetail } from '../../../shared/contracts/cases.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import type { CaseBus } from '../../events/case-bus.js';
import { recordCaseEvent, runCaseAction, touchCase } from './case-context.js';
import { assignableUserIds } from './list-assignable.js';

/** Coordinators assign anyone who may work the case; the holder of a claim may hand it on (abilities.ts). */
export async function assignCase(
  deps: { db: Db; bus?: CaseBus | undefined },
  actor: Actor,
  caseId: string,
  assigneeId: string | null,
): Promise<CaseDetail> {
  return runCaseAction(deps, actor, caseId, 'assign', async (tx, row) => {
    // Assigning the one who already holds the case changes nothing, so nothing is recorded (fifty clicks, one event).
    if (row.assigneeId === assigneeId) return;
    const now = new Date();
    let assigneeName: string | null = null;
    if (assigneeId !== null) {
      const allowed = await assignableUserIds(tx, row);
      const [active] = await tx
        .select({ id: users.id, name: users.name })
        .from(users)
        .where(and(eq(users.id, assigneeId), eq(users.isActive, true)));
      assigneeName = active?.name ?? null;
      if (!active || !allowed.includes(assigneeId)) {
        throw new AppError('validation_failed', { count: 1 }, [{ field: 'assigneeId', code: 'invalid' }]);
      }
    }
    await touchCase(tx, row, actor, {
      assigneeId,
      claimedAt: assigneeId ? now : null,
      assigneeActiveAt: assigneeId ? now : null,
    });
    await recordCaseEvent(tx, {
      caseId: row.id,
      actorId: actor.userId,
      type: 'assigned',
      before: { assigneeId: row.assigneeId },
      // The name is kept with the event so the timeline reads well after people leave.
      after: { assigneeId, assigneeName },
    });
  });
}
