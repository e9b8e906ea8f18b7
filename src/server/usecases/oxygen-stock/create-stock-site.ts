// A coordinator adds a site whose oxygen the desk watches (a hospital, a covid care centre, a war room), in a
// district their organisation serves; it starts with no data until its first count.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { StockSiteDetail, stockSiteBody } from '../../../shared/contracts/oxygen-stock.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { uniqueViolation } from '../../db/errors.js';
import { organisations, stockSites } from '../../db/schema/index.js';
import { lendingAbilities } from '../../domain/lending/abilities.js';
import { forbidden } from '../../errors.js';
import { fieldError } from '../equipment/lending-error.js';
import { stockSiteDetailFor } from './stock-reads.js';

type StockSiteBody = z.output<typeof stockSiteBody>;

export async function createStockSite(db: Db, actor: Actor, body: StockSiteBody): Promise<StockSiteDetail> {
  const place = { organisationId: body.organisationId, districtCode: body.district };
  if (lendingAbilities(actor, place).manageStockSites !== true) throw forbidden();
  if ((body.lat === null) !== (body.lon === null)) throw fieldError('lat', 'lat_lon_together');
  const [organisation] = await db
    .select({ districts: organisations.districts })
    .from(organisations)
    .where(eq(organisations.id, body.organisationId));
  if (!organisation) throw fieldError('organisationId', 'unavailable');
  if (!organisation.districts.includes(body.district)) throw fieldError('district', 'district_not_served');
  const now = new Date();
  const [row] = await db
    .insert(stockSites)
    .values({
      organisationId: body.organisationId,
      districtCode: body.district,
      name: body.name,
      kind: body.kind,
      address: body.address,
      lat: body.lat,
      lon: body.lon,
      alertHours: body.alertHours,
      createdById: actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: stockSites.id })
    .catch((error: unknown) => {
      if (uniqueViolation(error) === 'stock_sites_organisation_name_idx') throw fieldError('name', 'name_taken');
      throw error;
    });
  if (!row) throw new Error('no stock site');
  return stockSiteDetailFor(db, actor, row.id, now);
}
