// The items an actor may see (their organisations' depots in their districts), filtered; newest change first.
import { and, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ItemList, itemQuery } from '../../../shared/contracts/equipment.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { lendingScope } from '../../db/queries/lending-scope.js';
import { equipmentItems } from '../../db/schema/index.js';
import { canUseLending } from '../../domain/lending/abilities.js';
import { forbidden } from '../../errors.js';
import { presentSelectedItems, selectItems } from './item-reads.js';
import { lendingListCan } from './list-can.js';

type ItemQuery = z.output<typeof itemQuery>;

export async function listItems(db: Db, actor: Actor, query: ItemQuery): Promise<ItemList> {
  if (!canUseLending(actor)) throw forbidden();
  const conditions: (SQL | undefined)[] = [lendingScope(actor, equipmentItems)];
  if (query.depotId) conditions.push(eq(equipmentItems.depotId, query.depotId));
  if (query.district) conditions.push(eq(equipmentItems.districtCode, query.district));
  if (query.organisationId) conditions.push(eq(equipmentItems.organisationId, query.organisationId));
  if (query.kind) conditions.push(eq(equipmentItems.kind, query.kind));
  if (query.cylinderType) conditions.push(eq(equipmentItems.cylinderType, query.cylinderType));
  if (query.status) conditions.push(eq(equipmentItems.status, query.status));
  if (query.sponsorId) conditions.push(eq(equipmentItems.sponsorId, query.sponsorId));
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(equipmentItems.label, pattern), ilike(equipmentItems.serial, pattern)));
  }
  const where = and(...conditions);
  const [page, totals] = await Promise.all([
    selectItems(db, where)
      .orderBy(desc(equipmentItems.statusChangedAt), desc(equipmentItems.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(equipmentItems).where(where),
  ]);
  return {
    items: await presentSelectedItems(db, actor, page),
    total: totals[0]?.n ?? 0,
    can: lendingListCan(actor, query.organisationId ?? null),
  };
}
