// A depot's empties sent to a vendor: the order takes the vendor's prices as they are now, and each cylinder on it
// is `sent_for_refill` in its ledger — all in one transaction (a cylinder already gone refuses the whole order).
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { RefillOrderView, createRefillOrderBody } from '../../../shared/contracts/refills.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { depots, refillOrders, refillVendors } from '../../db/schema/index.js';
import { canUseLending, lendingAbilities } from '../../domain/lending/abilities.js';
import { forbidden } from '../../errors.js';
import { fieldError, lendingError } from '../equipment/lending-error.js';
import { recomputeOrder, sendCylinders } from './refill-lines.js';
import { refillOrderViewFor } from './refill-reads.js';

type CreateRefillOrderBody = z.output<typeof createRefillOrderBody>;

export async function createRefillOrder(db: Db, actor: Actor, body: CreateRefillOrderBody): Promise<RefillOrderView> {
  if (!canUseLending(actor)) throw forbidden();
  const now = new Date();
  const orderId = await db.transaction(async (tx) => {
    const [depot] = await tx.select().from(depots).where(eq(depots.id, body.depotId));
    const verdict = depot ? lendingAbilities(actor, depot).manageRefills : 'not_visible';
    if (!depot || verdict === 'not_visible') throw fieldError('depotId', 'unavailable');
    if (verdict !== true) throw lendingError(verdict);
    const [vendor] = await tx.select().from(refillVendors).where(eq(refillVendors.id, body.vendorId));
    if (
      !vendor ||
      !vendor.active ||
      vendor.organisationId !== depot.organisationId ||
      (vendor.districtCode !== null && vendor.districtCode !== depot.districtCode)
    ) {
      throw fieldError('vendorId', 'unavailable');
    }
    const [order] = await tx
      .insert(refillOrders)
      .values({
        organisationId: depot.organisationId,
        districtCode: depot.districtCode,
        depotId: depot.id,
        vendorId: vendor.id,
        prices: vendor.prices,
        note: body.note || null,
        createdById: actor.userId,
        createdAt: now,
      })
      .returning();
    if (!order) throw new Error('no refill order');
    await sendCylinders(tx, actor, order, body.itemIds, now);
    await recomputeOrder(tx, order, now);
    return order.id;
  });
  return refillOrderViewFor(db, actor, orderId);
}
