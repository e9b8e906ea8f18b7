import { and, eq } from 'drizzle-orm';
import type { CaseDetail } from '../../../shared/contracts/cases.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { caseNeeds } from '../../db/schema/index.js';
import { notFound } from '../../errors.js';
import type { CaseBus } from '../../events/case-bus.js';
import { recordCaseEvent, runCaseAction, touchCase } from './case-context.js';

export async function recordQuantity(
  deps: { db: Db; bus?: CaseBus | undefined },
  actor: Actor,
  caseId: string,
  input: { needId: string; quantityFulfilled: number },
): Promise<CaseDetail> {
  return runCaseAction(deps, actor, caseId, 'recordQuantity', async (tx, row) => {
    const [need] = await tx
      .select()
      .from(caseNeeds)
      .where(and(eq(caseNeeds.id, input.needId), eq(caseNeeds.caseId, row.id)));
    if (!need) throw notFound();
    await tx.update(caseNeeds).set({ quantityFulfilled: input.quantityFulfilled }).where(eq(caseNeeds.id, need.id));
    await touchCase(tx, row, actor);
    await recordCaseEvent(tx, {
      caseId: row.id,
      actorId: actor.userId,
      type: 'quantity_recorded',
      before: { needId: need.id, resource: need.resource, quantityFulfilled: need.quantityFulfilled },
      after: {
        needId: need.id,
        resource: need.resource,
        quantityFulfilled: input.quantityFulfilled,
        quantityRequested: need.quantityRequested,
      },
    });
  });
}
