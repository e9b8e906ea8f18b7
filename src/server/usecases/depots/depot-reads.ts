// Reading depots as views: the rows with their organisation's name and their items counted by status.
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { DepotDetail, DepotView } from '../../../shared/contracts/depots.js';
import type { Actor } from '../../../shared/permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { districtDirectory } from '../../db/queries/districts.js';
import { depots, equipmentItems, organisations, refillOrders, refillVendors } from '../../db/schema/index.js';
import { depotAbilities } from '../../domain/lending/abilities.js';
import { presentDepot, presentDepotDetail, type DepotRow } from '../../presenters/depot.js';
import { presentItemRef } from '../../presenters/equipment.js';

export async function presentDepots(
  db: DbOrTx,
  actor: Actor,
  rows: ReadonlyArray<{ row: DepotRow; organisationName: string }>,
): Promise<DepotView[]> {
  const ids = rows.map((r) => r.row.id);
  const [counts, directory] = await Promise.all([
    ids.length === 0
      ? Promise.resolve([])
      : db
          .select({ depotId: equipmentItems.depotId, status: equipmentItems.status, count: count() })
          .from(equipmentItems)
          .where(inArray(equipmentItems.depotId, ids))
          .groupBy(equipmentItems.depotId, equipmentItems.status),
    districtDirectory(db),
  ]);
  return rows.map((r) =>
    presentDepot(
      r.row,
      {
        organisationName: r.organisationName,
        district: directory.get(r.row.districtCode),
        counts: counts.filter((c) => c.depotId === r.row.id),
      },
      depotAbilities(actor, r.row),
    ),
  );
}

/** One depot with its empties waiting for a refill and its open refill orders. */
export async function depotDetailFor(db: DbOrTx, actor: Actor, depotId: string): Promise<DepotDetail> {
  const [selected] = await db
    .select({ row: depots, organisationName: organisations.name })
    .from(depots)
    .innerJoin(organisations, eq(organisations.id, depots.organisationId))
    .where(eq(depots.id, depotId));
  if (!selected) throw new Error(`depot ${depotId} vanished`);
  const [[view], empties, orders] = await Promise.all([
    presentDepots(db, actor, [selected]),
    db
      .select()
      .from(equipmentItems)
      .where(
        and(
          eq(equipmentItems.depotId, depotId),
          eq(equipmentItems.kind, 'cylinder'),
          eq(equipmentItems.status, 'empty'),
        ),
      )
      .orderBy(asc(equipmentItems.label)),
    db
      .select({
        id: refillOrders.id,
        vendorId: refillVendors.id,
        vendorName: refillVendors.name,
        status: refillOrders.status,
        // Spelled out: inside a subquery drizzle would leave the columns unqualified.
        items: sql<number>`(select count(*)::int from refill_order_items l where l.order_id = refill_orders.id)`,
      })
      .from(refillOrders)
      .innerJoin(refillVendors, eq(refillVendors.id, refillOrders.vendorId))
      .where(and(eq(refillOrders.depotId, depotId), inArray(refillOrders.status, ['open', 'sent', 'partly_returned'])))
      .orderBy(asc(refillOrders.createdAt)),
  ]);
  if (!view) throw new Error(`depot ${depotId} vanished`);
  return presentDepotDetail(
    view,
    empties.map(presentItemRef),
    orders.map((o) => ({ id: o.id, vendor: { id: o.vendorId, name: o.vendorName }, items: o.items, status: o.status })),
  );
}
