// Cylinders coming back from the vendor: each line settled once (filled, not filled, or lost at the vendor), each
// cylinder's ledger moved (back full, back empty, or written off), the order's cost (the filled ones at the order's
// prices) and status worked out again — in one transaction, so a bad line settles nothing.
import { and, eq } from 'drizzle-orm';
import type { RefillOrderView, SettleRefillItemsBody } from '../../../shared/contracts/refills.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { depots, refillOrderItems } from '../../db/schema/index.js';
import { depotAbilities } from '../../domain/lending/abilities.js';
import { refillMovement, settleRefillLine } from '../../domain/lending/refills.js';
import { fieldError, lendingError } from '../equipment/lending-error.js';
import { recordMovement } from '../equipment/record-movement.js';
import { lockItems, lockRefillOrderFor, recomputeOrder } from './refill-lines.js';
import { refillOrderViewFor } from './refill-reads.js';

export async function settleRefillItems(
  db: Db,
  actor: Actor,
  orderId: string,
  body: SettleRefillItemsBody,
): Promise<RefillOrderView> {
  const now = new Date();
  await db.transaction(async (tx) => {
    const order = await lockRefillOrderFor(tx, actor, orderId, 'settleItems');
    if (body.depotId && body.depotId !== order.depotId) {
      const [depot] = await tx.select().from(depots).where(eq(depots.id, body.depotId));
      if (
        !depot ||
        depot.organisationId !== order.organisationId ||
        depotAbilities(actor, depot).receiveItems !== true
      ) {
        throw fieldError('depotId', 'unavailable');
      }
      if (!depot.active) throw lendingError('depot_closed');
    }
    const ids = body.lines.map((l) => l.itemId);
    if (new Set(ids).size !== ids.length) throw lendingError('refill_item_settled');
    const lines = await tx.select().from(refillOrderItems).where(eq(refillOrderItems.orderId, order.id));
    const items = new Map((await lockItems(tx, order.organisationId, ids)).map((i) => [i.id, i]));
    for (const settle of body.lines) {
      const line = lines.find((l) => l.itemId === settle.itemId);
      const item = items.get(settle.itemId);
      if (!line || !item) throw lendingError('refill_item_not_on_order');
      const refusal = settleRefillLine(line.status, settle.status);
      if (refusal) throw lendingError(refusal);
      const movement = refillMovement(settle.status);
      await recordMovement(
        tx,
        item,
        {
          kind: movement.kind,
          condition: movement.condition,
          toDepotId: movement.kind === 'back_from_refill' ? (body.depotId ?? null) : null,
          // A cylinder the vendor lost is written off as not returned.
          lossReason: movement.kind === 'written_off' ? 'not_returned' : null,
          refillOrderId: order.id,
          note: body.note || null,
        },
        actor.userId,
        now,
      );
      await tx
        .update(refillOrderItems)
        .set({ status: settle.status, settledById: actor.userId, settledAt: now })
        .where(and(eq(refillOrderItems.orderId, order.id), eq(refillOrderItems.itemId, item.id)));
    }
    await recomputeOrder(tx, order, now);
  });
  return refillOrderViewFor(db, actor, orderId);
}
