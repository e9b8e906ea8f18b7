import { eq, inArray, sql } from 'drizzle-orm';
import type { CaseDetail } from '../../../shared/contracts/cases.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { caseNeeds, cases, messages } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { caseChange, type CaseBus } from '../../events/case-bus.js';
import { getCase } from './get-case.js';
import { lockCaseFor, recordCaseEvent, touchCase } from './case-context.js';
import { stopCaseOutreach } from '../outreach/stop-case-outreach.js';

/**
 * Folds a case into the one it repeats: its messages move over, the earlier first message wins the
 * clock, and it is closed as a duplicate pointing at the target. Returns the target. Both cases must be open and
 * worked by the actor (abilities.ts `merge`); a case they cannot see is "not found".
 */
export async function mergeCase(
  deps: { db: Db; bus?: CaseBus | undefined },
  actor: Actor,
  caseId: string,
  intoCaseId: string,
): Promise<CaseDetail> {
  if (caseId === intoCaseId) throw new AppError('invalid_transition', { reasonKey: 'transition.duplicate_of_self' });
  const [source, target] = await deps.db.transaction(async (tx) => {
    // Lock in a fixed order so two opposite merges cannot deadlock.
    const [first, second] = [caseId, intoCaseId].sort();
    const a = await lockCaseFor(tx, actor, first as string, 'merge');
    const b = await lockCaseFor(tx, actor, second as string, 'merge');
    const src = a.id === caseId ? a : b;
    const dst = a.id === caseId ? b : a;
    const moved = await tx
      .update(messages)
      .set({ caseId: dst.id })
      .where(eq(messages.caseId, src.id))
      .returning({ id: messages.id });
    // Needs the target does not have yet come along; ones it has stay behind with the closed case.
    const targetNeeds = await tx.select().from(caseNeeds).where(eq(caseNeeds.caseId, dst.id));
    const sourceNeeds = await tx.select().from(caseNeeds).where(eq(caseNeeds.caseId, src.id));
    const newNeeds = sourceNeeds.filter(
      (n) => !targetNeeds.some((t) => t.resource === n.resource && t.bloodGroup === n.bloodGroup),
    );
    if (newNeeds.length > 0) {
      await tx
        .update(caseNeeds)
        .set({ caseId: dst.id, position: sql`${caseNeeds.position} + ${targetNeeds.length}` as unknown as number })
        .where(
          inArray(
            caseNeeds.id,
            newNeeds.map((n) => n.id),
          ),
        );
    }
    const clockStart = src.firstMessageAt < dst.firstMessageAt ? src.firstMessageAt : dst.firstMessageAt;
    const shift = dst.firstMessageAt.getTime() - clockStart.getTime();
    await touchCase(tx, dst, actor, {
      requesterPhones: [...new Set([...dst.requesterPhones, ...src.requesterPhones])],
      channelsUsed: [...new Set([...dst.channelsUsed, ...src.channelsUsed])],
      messageCount: sql`${cases.messageCount} + ${moved.length}` as unknown as number,
      firstMessageAt: clockStart,
      responseDueAt: new Date(dst.responseDueAt.getTime() - shift),
      fulfilDueAt: new Date(dst.fulfilDueAt.getTime() - shift),
    });
    await touchCase(tx, src, actor, {
      status: 'closed',
      closeReason: 'duplicate',
      duplicateOfId: dst.id,
      closedAt: new Date(),
      messageCount: 0,
    });
    // The duplicate is closed: its blood outreach stops, as any closed case's does.
    await stopCaseOutreach(tx, src.id, 'closed', actor.userId);
    await recordCaseEvent(tx, {
      caseId: dst.id,
      actorId: actor.userId,
      type: 'merged',
      after: { from: src.reference, fromId: src.id, messages: moved.length, needs: newNeeds.map((n) => n.resource) },
    });
    await recordCaseEvent(tx, {
      caseId: src.id,
      actorId: actor.userId,
      type: 'merged',
      before: { status: src.status },
      after: { into: dst.reference, intoId: dst.id, status: 'closed', closeReason: 'duplicate' },
    });
    return [src, dst] as const;
  });
  for (const row of [source, target]) deps.bus?.publish(caseChange(row));
  return getCase(deps.db, actor, target.id);
}
