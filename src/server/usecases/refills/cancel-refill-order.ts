// An order cancelled before anything came back: the cylinders still on it come back unfilled (empty, home), so no
// cylinder stays "at the vendor" on a cancelled order, and the order owes nothing.
import { and, eq } from 'drizzle-orm';
import type { CancelRefillOrderBody, RefillOrderView } from '../../../shared/contracts/refills.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { refillOrderItems, refillOrders } from '../../db/schema/index.js';
import { recordMovement } from '../equipment/record-movement.js';
import { lockItems, lockRefillOrderFor, recomputeOrder } from './refill-lines.js';
import { refillOrderViewFor } from './refill-reads.js';

export async function cancelRefillOrder(
  db: Db,
  actor: Actor,
  orderId: string,
  body: CancelRefillOrderBody,
): Promise<RefillOrderView> {
  const now = new Date();
  await db.transaction(async (tx) => {
    const order = await lockRefillOrderFor(tx, actor, orderId, 'cancel');
    const out = await tx
      .select()
      .from(refillOrderItems)
      .where(and(eq(refillOrderItems.orderId, order.id), eq(refillOrderItems.status, 'sent')));
    const items = await lockItems(
      tx,
      order.organisationId,
      out.map((l) => l.itemId),
    );
    for (const item of items) {
      await recordMovement(
        tx,
        item,
        { kind: 'back_from_refill', condition: 'empty', refillOrderId: order.id, note: body.reason },
        actor.userId,
        now,
      );
      await tx
        .update(refillOrderItems)
        .set({ status: 'returned_unfilled', settledById: actor.userId, settledAt: now })
        .where(and(eq(refillOrderItems.orderId, order.id), eq(refillOrderItems.itemId, item.id)));
    }
    await tx.update(refillOrders).set({ cancelReason: body.reason }).where(eq(refillOrders.id, order.id));
    await recomputeOrder(tx, order, now, true);
  });
  return refillOrderViewFor(db, actor, orderId);
}
