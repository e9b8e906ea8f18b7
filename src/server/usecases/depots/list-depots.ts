// The depots an actor's health desk covers, filtered; by district and name.
import { and, asc, count, eq, ilike, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { DepotList, depotQuery } from '../../../shared/contracts/depots.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { lendingScope } from '../../db/queries/lending-scope.js';
import { depots, organisations } from '../../db/schema/index.js';
import { canUseLending } from '../../domain/lending/abilities.js';
import { forbidden } from '../../errors.js';
import { lendingListCan } from '../equipment/list-can.js';
import { presentDepots } from './depot-reads.js';

type DepotQuery = z.output<typeof depotQuery>;

export async function listDepots(db: Db, actor: Actor, query: DepotQuery): Promise<DepotList> {
  if (!canUseLending(actor)) throw forbidden();
  const conditions: (SQL | undefined)[] = [lendingScope(actor, depots)];
  if (query.district) conditions.push(eq(depots.districtCode, query.district));
  if (query.organisationId) conditions.push(eq(depots.organisationId, query.organisationId));
  if (query.active) conditions.push(eq(depots.active, query.active === 'true'));
  if (query.q) conditions.push(ilike(depots.name, `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  const where = and(...conditions);
  const [page, totals] = await Promise.all([
    db
      .select({ row: depots, organisationName: organisations.name })
      .from(depots)
      .innerJoin(organisations, eq(organisations.id, depots.organisationId))
      .where(where)
      .orderBy(asc(depots.districtCode), asc(depots.name))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(depots).where(where),
  ]);
  return {
    items: await presentDepots(db, actor, page),
    total: totals[0]?.n ?? 0,
    can: lendingListCan(actor, query.organisationId ?? null),
  };
}
