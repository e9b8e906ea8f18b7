// What adding cylinders to an order and settling its lines share: each cylinder locked (in id order, so two
// orders taking overlapping cylinders cannot deadlock) and moved through the ledger, and the order's cost and
// status worked out again from all its lines (domain/lending/refills.ts).
import { asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../shared/permissions.js';
import type { DbOrTx, Tx } from '../../db/client.js';
import { equipmentItems, refillOrderItems, refillOrders } from '../../db/schema/index.js';
import { refillOrderAbilities, type Abilities } from '../../domain/lending/abilities.js';
import { refillCost, refillOrderStatus } from '../../domain/lending/refills.js';
import type { RefillOrderCan } from '../../../shared/contracts/lending-can.js';
import { forbidden, notFound } from '../../errors.js';
import { canUseLending } from '../../domain/lending/abilities.js';
import type { ItemRow } from '../../presenters/equipment.js';
import type { RefillOrderRow } from '../../presenters/refill.js';
import { lendingError } from '../equipment/lending-error.js';
import { recordMovement } from '../equipment/record-movement.js';

/** Locks an order for one ability: out of reach → 404, a closed order → 409. */
export async function lockRefillOrderFor(
  tx: DbOrTx,
  actor: Actor,
  orderId: string,
  ability: Exclude<keyof Abilities<RefillOrderCan>, 'read'>,
): Promise<RefillOrderRow> {
  if (!canUseLending(actor)) throw forbidden();
  const [row] = await tx.select().from(refillOrders).where(eq(refillOrders.id, orderId)).for('update');
  if (!row) throw notFound();
  const abilities = refillOrderAbilities(actor, row);
  if (!abilities.read) throw notFound();
  const verdict = abilities[ability];
  if (verdict !== true) throw lendingError(verdict);
  return row;
}

/** The cylinders, locked in id order; one not of the order's organisation is "not found" on its field. */
export async function lockItems(tx: DbOrTx, organisationId: string, itemIds: readonly string[]): Promise<ItemRow[]> {
  const ids = [...new Set(itemIds)];
  const rows = await tx
    .select()
    .from(equipmentItems)
    .where(inArray(equipmentItems.id, ids))
    .orderBy(asc(equipmentItems.id))
    .for('update');
  return rows.filter((r) => r.organisationId === organisationId);
}

/** Sends the cylinders on the order: each `sent_for_refill` in its ledger and a line on the order. */
export async function sendCylinders(
  tx: Tx,
  actor: Actor,
  order: RefillOrderRow,
  itemIds: readonly string[],
  now: Date,
): Promise<void> {
  const items = await lockItems(tx, order.organisationId, itemIds);
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const id of new Set(itemIds)) {
    const item = byId.get(id);
    // Only this depot's own empties go on its order.
    if (!item || item.depotId !== order.depotId) throw lendingError('refill_item_not_on_order');
    if (item.kind !== 'cylinder' || !item.cylinderType) throw lendingError('item_not_refillable');
    await recordMovement(tx, item, { kind: 'sent_for_refill', refillOrderId: order.id }, actor.userId, now);
    await tx.insert(refillOrderItems).values({
      orderId: order.id,
      organisationId: order.organisationId,
      itemId: item.id,
      cylinderType: item.cylinderType,
      status: 'sent',
    });
  }
}

/** Works the order's cost and status out again from its lines; refused naming a type the vendor has no price for. */
export async function recomputeOrder(tx: Tx, order: RefillOrderRow, now: Date, cancelled = false): Promise<void> {
  const lines = await tx
    .select({ cylinderType: refillOrderItems.cylinderType, status: refillOrderItems.status })
    .from(refillOrderItems)
    .where(eq(refillOrderItems.orderId, order.id));
  const cost = refillCost(lines, order.prices);
  if (!cost.ok) throw lendingError(cost.code, { cylinderType: cost.cylinderType });
  const status = refillOrderStatus(lines, cancelled);
  await tx
    .update(refillOrders)
    .set({
      status,
      estimatedCost: cost.estimated,
      cost: cost.due,
      sentAt: order.sentAt ?? (lines.length > 0 ? now : null),
      closedAt: status === 'returned' || status === 'cancelled' ? now : null,
    })
    .where(eq(refillOrders.id, order.id));
}
