// Depots (issue #13): where items are kept, by district, with address and coordinates.
//   GET   /api/v1/depots                 depotQuery → depotList        (each with counts by status, `can`)
//   POST  /api/v1/depots                 createDepotBody → depotView   (coordinators)
//   GET   /api/v1/depots/{id}            → depotDetail                 (the shelf: items by kind and status; empties
//                                                                       waiting for a refill)
//   PATCH /api/v1/depots/{id}            updateDepotBody → depotView   (coordinators)
import { z } from 'zod';
import { depotKinds } from '../enums.js';
import { districtCode, pageQuery, phone, uuid } from './common.js';
import { depotCan, lendingCan } from './lending-can.js';
import { districtView, itemRef, itemsByStatus, lat, lon, namedRef } from './lending-common.js';

const depotFields = {
  name: z.string().trim().min(1).max(160),
  kind: z.enum(depotKinds),
  address: z.string().trim().min(1).max(500),
  lat: lat.nullable(),
  lon: lon.nullable(),
  contactPhone: phone.nullable(),
};

export const createDepotBody = z
  .strictObject({ organisationId: uuid, district: districtCode, ...depotFields })
  .refine((b) => (b.lat === null) === (b.lon === null), { message: 'lat_lon_together', path: ['lat'] });
export type CreateDepotBody = z.infer<typeof createDepotBody>;

export const updateDepotBody = z
  .strictObject({ ...depotFields, active: z.boolean() })
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing_to_change' });
export type UpdateDepotBody = z.infer<typeof updateDepotBody>;

export const depotQuery = pageQuery.extend({
  district: districtCode.optional(),
  organisationId: uuid.optional(),
  active: z.enum(['true', 'false']).optional(),
});
export type DepotQuery = z.input<typeof depotQuery>;

export const depotView = z.object({
  id: uuid,
  organisation: namedRef,
  district: districtView,
  name: z.string(),
  kind: z.enum(depotKinds),
  address: z.string(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  /** Masked until the reader reveals it (depot phones are staff numbers, still masked in lists). */
  contactPhone: z.string().nullable(),
  active: z.boolean(),
  items: itemsByStatus,
  can: depotCan,
});
export type DepotView = z.infer<typeof depotView>;

export const depotList = z.object({ items: z.array(depotView), total: z.number().int(), can: lendingCan });
export type DepotList = z.infer<typeof depotList>;

export const depotDetail = depotView.extend({
  /** Empty cylinders waiting for a refill (not on an open order). */
  emptiesWaiting: z.array(itemRef),
  /** Open refill orders from this depot. */
  openRefillOrders: z.array(z.object({ id: uuid, vendor: namedRef, items: z.number().int(), status: z.string() })),
});
export type DepotDetail = z.infer<typeof depotDetail>;
