// One stock site with its entries and its reading as of now.
import { eq } from 'drizzle-orm';
import type { StockSiteDetail } from '../../../shared/contracts/oxygen-stock.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { stockSites } from '../../db/schema/index.js';
import { canUseLending, stockSiteAbilities } from '../../domain/lending/abilities.js';
import { forbidden, notFound } from '../../errors.js';
import { stockSiteDetailFor } from './stock-reads.js';

export async function getStockSite(db: Db, actor: Actor, siteId: string): Promise<StockSiteDetail> {
  if (!canUseLending(actor)) throw forbidden();
  const [row] = await db.select().from(stockSites).where(eq(stockSites.id, siteId));
  if (!row || !stockSiteAbilities(actor, row).read) throw notFound();
  return stockSiteDetailFor(db, actor, row.id);
}
