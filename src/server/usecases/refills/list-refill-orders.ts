// The refill orders of the depots an actor's desk covers; the newest first.
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { RefillOrderList, refillQuery } from '../../../shared/contracts/refills.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { lendingScope } from '../../db/queries/lending-scope.js';
import { refillOrders } from '../../db/schema/index.js';
import { canUseLending } from '../../domain/lending/abilities.js';
import { forbidden } from '../../errors.js';
import { presentRefillOrders } from './refill-reads.js';

type RefillQuery = z.output<typeof refillQuery>;

export async function listRefillOrders(db: Db, actor: Actor, query: RefillQuery): Promise<RefillOrderList> {
  if (!canUseLending(actor)) throw forbidden();
  const conditions: (SQL | undefined)[] = [lendingScope(actor, refillOrders)];
  if (query.status) conditions.push(eq(refillOrders.status, query.status));
  if (query.depotId) conditions.push(eq(refillOrders.depotId, query.depotId));
  if (query.vendorId) conditions.push(eq(refillOrders.vendorId, query.vendorId));
  if (query.district) conditions.push(eq(refillOrders.districtCode, query.district));
  const where = and(...conditions);
  const [page, totals] = await Promise.all([
    db
      .select({ id: refillOrders.id })
      .from(refillOrders)
      .where(where)
      .orderBy(desc(refillOrders.createdAt), desc(refillOrders.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(refillOrders).where(where),
  ]);
  return {
    items: await presentRefillOrders(
      db,
      actor,
      page.map((p) => p.id),
    ),
    total: totals[0]?.n ?? 0,
  };
}
