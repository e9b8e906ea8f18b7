// A coordinator changes a site's details, its alert threshold (null: the organisation's policy) or closes it.
import { eq } from 'drizzle-orm';
import type { StockSiteDetail, UpdateStockSiteBody } from '../../../shared/contracts/oxygen-stock.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { uniqueViolation } from '../../db/errors.js';
import { stockSites } from '../../db/schema/index.js';
import { canUseLending, stockSiteAbilities } from '../../domain/lending/abilities.js';
import { forbidden, notFound } from '../../errors.js';
import { fieldError, lendingError } from '../equipment/lending-error.js';
import { stockSiteDetailFor } from './stock-reads.js';

export async function updateStockSite(
  db: Db,
  actor: Actor,
  siteId: string,
  body: UpdateStockSiteBody,
): Promise<StockSiteDetail> {
  if (!canUseLending(actor)) throw forbidden();
  await db
    .transaction(async (tx) => {
      const [row] = await tx.select().from(stockSites).where(eq(stockSites.id, siteId)).for('update');
      if (!row) throw notFound();
      const verdict = stockSiteAbilities(actor, row).update;
      if (verdict !== true) throw lendingError(verdict);
      const lat = body.lat === undefined ? row.lat : body.lat;
      const lon = body.lon === undefined ? row.lon : body.lon;
      if ((lat === null) !== (lon === null)) throw fieldError('lat', 'lat_lon_together');
      await tx
        .update(stockSites)
        .set({ ...body, updatedAt: new Date() })
        .where(eq(stockSites.id, siteId));
    })
    .catch((error: unknown) => {
      if (uniqueViolation(error) === 'stock_sites_organisation_name_idx') throw fieldError('name', 'name_taken');
      throw error;
    });
  return stockSiteDetailFor(db, actor, siteId);
}
