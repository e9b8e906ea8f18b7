// Oxygen stock for facilities and war rooms (issue #13): a stock ledger per site, the burn rate over the last 24 h,
// the time to empty, and the alert under the threshold (domain/lending/oxygen-stock.ts).
//   GET   /api/v1/oxygen-stock                       stockSiteQuery → stockSiteList (each with time to empty)
//   POST  /api/v1/oxygen-stock                       stockSiteBody → stockSiteView      (coordinators)
//   PATCH /api/v1/oxygen-stock/{id}                  updateStockSiteBody → stockSiteView (coordinators)
//   GET   /api/v1/oxygen-stock/{id}                  → stockSiteDetail (with its entries, newest first)
//   POST  /api/v1/oxygen-stock/{id}/entries          stockEntryBody → stockSiteDetail
import { z } from 'zod';
import { cylinderTypes, stockAlertStates, stockEntryKinds, stockSiteKinds } from '../enums.js';
import { districtCode, pageQuery, pastMoment, uuid } from './common.js';
import { lendingCan, stockSiteCan } from './lending-can.js';
import { districtView, lat, lon, namedRef, reason } from './lending-common.js';

const cylinderCounts = (min: number) => z.partialRecord(z.enum(cylinderTypes), z.number().int().min(min).max(10_000));

/** A site's details that may be left empty; a new site fills them with null, an edit leaves out what it keeps. */
const siteDetails = {
  address: z.string().trim().max(500).nullable(),
  lat: lat.nullable(),
  lon: lon.nullable(),
  /** Null: the organisation's policy (8 hours by default). */
  alertHours: z.number().int().min(1).max(168).nullable(),
};

export const stockSiteBody = z.strictObject({
  organisationId: uuid,
  district: districtCode,
  name: z.string().trim().min(1).max(160),
  kind: z.enum(stockSiteKinds),
  address: siteDetails.address.default(null),
  lat: siteDetails.lat.default(null),
  lon: siteDetails.lon.default(null),
  alertHours: siteDetails.alertHours.default(null),
});
export type StockSiteBody = z.input<typeof stockSiteBody>;

// No defaults in an edit: a default would overwrite what the site holds with null (and nothing would ever be
// "nothing to change").
export const updateStockSiteBody = stockSiteBody
  .omit({ organisationId: true, district: true })
  .extend({ ...siteDetails, active: z.boolean() })
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing_to_change' });
export type UpdateStockSiteBody = z.infer<typeof updateStockSiteBody>;

/**
 * One entry. `count` sets the stock (litres on hand, full cylinders by type); `received`/`consumed` add and take
 * away; `adjusted` corrects (signed) with a reason. Left out, `litres` is the cylinders' litres by their type.
 */
export const stockEntryBody = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.enum(['count', 'received', 'consumed']),
    cylinders: cylinderCounts(0).default({}),
    litres: z.number().min(0).max(10_000_000).optional(),
    at: pastMoment.optional(),
  }),
  z.strictObject({
    kind: z.literal('adjusted'),
    cylinders: cylinderCounts(-10_000).default({}),
    litres: z.number().min(-10_000_000).max(10_000_000).optional(),
    reason,
    at: pastMoment.optional(),
  }),
]);
export type StockEntryBody = z.input<typeof stockEntryBody>;

export const stockSiteQuery = pageQuery.extend({
  district: districtCode.optional(),
  organisationId: uuid.optional(),
  alert: z.enum(stockAlertStates).optional(),
});
export type StockSiteQuery = z.input<typeof stockSiteQuery>;

export const stockSiteView = z.object({
  id: uuid,
  organisation: namedRef,
  district: districtView,
  name: z.string(),
  kind: z.enum(stockSiteKinds),
  address: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  litres: z.number(),
  cylinders: cylinderCounts(0),
  /** Litres an hour over the last 24 h. */
  burnRatePerHour: z.number(),
  /** Null: nothing is being used. */
  hoursToEmpty: z.number().nullable(),
  /** When it would run out at this rate. */
  emptyAt: z.string().nullable(),
  alertHours: z.number().int(),
  alert: z.enum(stockAlertStates),
  lastEntryAt: z.string().nullable(),
  active: z.boolean(),
  can: stockSiteCan,
});
export type StockSiteView = z.infer<typeof stockSiteView>;

export const stockSiteList = z.object({ items: z.array(stockSiteView), total: z.number().int(), can: lendingCan });
export type StockSiteList = z.infer<typeof stockSiteList>;

export const stockEntryView = z.object({
  id: z.string(),
  kind: z.enum(stockEntryKinds),
  litres: z.number(),
  cylinders: cylinderCounts(-10_000),
  reason: z.string().nullable(),
  at: z.string(),
  actorName: z.string().nullable(),
  recordedAt: z.string(),
});
export type StockEntryView = z.infer<typeof stockEntryView>;

export const stockSiteDetail = stockSiteView.extend({ entries: z.array(stockEntryView) });
export type StockSiteDetail = z.infer<typeof stockSiteDetail>;
