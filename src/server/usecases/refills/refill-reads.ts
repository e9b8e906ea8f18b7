// Reading refill orders as views: the order with its depot, vendor, creator and lines (each with its cylinder).
import { asc, eq, inArray } from 'drizzle-orm';
import type { RefillOrderView } from '../../../shared/contracts/refills.js';
import type { Actor } from '../../../shared/permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { districtDirectory } from '../../db/queries/districts.js';
import {
  depots,
  equipmentItems,
  organisations,
  refillOrderItems,
  refillOrders,
  refillVendors,
  users,
} from '../../db/schema/index.js';
import { refillOrderAbilities } from '../../domain/lending/abilities.js';
import { presentRefillOrder } from '../../presenters/refill.js';

export async function presentRefillOrders(
  db: DbOrTx,
  actor: Actor,
  orderIds: readonly string[],
): Promise<RefillOrderView[]> {
  if (orderIds.length === 0) return [];
  const ids = [...orderIds];
  const [orders, lines, directory] = await Promise.all([
    db
      .select({
        row: refillOrders,
        organisationName: organisations.name,
        depotName: depots.name,
        vendorName: refillVendors.name,
        createdBy: users.name,
      })
      .from(refillOrders)
      .innerJoin(organisations, eq(organisations.id, refillOrders.organisationId))
      .innerJoin(depots, eq(depots.id, refillOrders.depotId))
      .innerJoin(refillVendors, eq(refillVendors.id, refillOrders.vendorId))
      .leftJoin(users, eq(users.id, refillOrders.createdById))
      .where(inArray(refillOrders.id, ids)),
    db
      .select({ line: refillOrderItems, item: equipmentItems })
      .from(refillOrderItems)
      .innerJoin(equipmentItems, eq(equipmentItems.id, refillOrderItems.itemId))
      .where(inArray(refillOrderItems.orderId, ids))
      .orderBy(asc(equipmentItems.label)),
    districtDirectory(db),
  ]);
  const byId = new Map(orders.map((o) => [o.row.id, o]));
  return ids.flatMap((id) => {
    const o = byId.get(id);
    if (!o) return [];
    return [
      presentRefillOrder(
        o.row,
        {
          organisationName: o.organisationName,
          district: directory.get(o.row.districtCode),
          depotName: o.depotName,
          vendorName: o.vendorName,
          createdBy: o.createdBy,
          lines: lines.filter((l) => l.line.orderId === id),
        },
        refillOrderAbilities(actor, o.row),
      ),
    ];
  });
}

export async function refillOrderViewFor(db: DbOrTx, actor: Actor, orderId: string): Promise<RefillOrderView> {
  const [view] = await presentRefillOrders(db, actor, [orderId]);
  if (!view) throw new Error(`refill order ${orderId} vanished`);
  return view;
}
