// The stock sites an actor's desk covers, each with its time to empty; the ones running low first.
import { and, asc, count, eq, ilike, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { StockSiteList, stockSiteQuery } from '../../../shared/contracts/oxygen-stock.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { lendingScope } from '../../db/queries/lending-scope.js';
import { organisations, stockSites } from '../../db/schema/index.js';
import { canUseLending } from '../../domain/lending/abilities.js';
import { forbidden } from '../../errors.js';
import { lendingListCan } from '../equipment/list-can.js';
import { presentStockSites } from './stock-reads.js';

type StockSiteQuery = z.output<typeof stockSiteQuery>;

export async function listStockSites(db: Db, actor: Actor, query: StockSiteQuery): Promise<StockSiteList> {
  if (!canUseLending(actor)) throw forbidden();
  const now = new Date();
  const conditions: (SQL | undefined)[] = [lendingScope(actor, stockSites)];
  if (query.district) conditions.push(eq(stockSites.districtCode, query.district));
  if (query.organisationId) conditions.push(eq(stockSites.organisationId, query.organisationId));
  if (query.q) conditions.push(ilike(stockSites.name, `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  const where = and(...conditions);
  const [page, totals] = await Promise.all([
    db
      .select({ row: stockSites, organisationName: organisations.name })
      .from(stockSites)
      .innerJoin(organisations, eq(organisations.id, stockSites.organisationId))
      .where(where)
      .orderBy(sql`(${stockSites.alertState} = 'low') desc`, asc(stockSites.name))
      .limit(query.alert ? 500 : query.limit)
      .offset(query.alert ? 0 : query.offset),
    db.select({ n: count() }).from(stockSites).where(where),
  ]);
  let items = await presentStockSites(db, actor, page, now);
  // The alert is as of now (consumption ageing out of the 24 h window raises hours to empty), so it filters here.
  if (query.alert) items = items.filter((s) => s.alert === query.alert).slice(query.offset, query.offset + query.limit);
  return {
    items,
    total: query.alert ? items.length : (totals[0]?.n ?? 0),
    can: lendingListCan(actor, query.organisationId ?? null),
  };
}
