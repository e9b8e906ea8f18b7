// More of the depot's empties put on an order that is still out (nothing back yet).
import type { AddRefillItemsBody, RefillOrderView } from '../../../shared/contracts/refills.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { lockRefillOrderFor, recomputeOrder, sendCylinders } from './refill-lines.js';
import { refillOrderViewFor } from './refill-reads.js';

export async function addRefillItems(
  db: Db,
  actor: Actor,
  orderId: string,
  body: AddRefillItemsBody,
): Promise<RefillOrderView> {
  const now = new Date();
  await db.transaction(async (tx) => {
    const order = await lockRefillOrderFor(tx, actor, orderId, 'addItems');
    await sendCylinders(tx, actor, order, body.itemIds, now);
    await recomputeOrder(tx, order, now);
  });
  return refillOrderViewFor(db, actor, orderId);
}
