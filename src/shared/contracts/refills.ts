// Refills (issue #13): vendors with a price per cylinder type, and orders that take a depot's empties to a vendor
// and bring them back. Each line settled is also a ledger movement of its cylinder.
//   GET   /api/v1/refills/vendors                     → vendorList
//   POST  /api/v1/refills/vendors                     vendorBody → vendorView              (coordinators)
//   PATCH /api/v1/refills/vendors/{id}                updateVendorBody → vendorView        (coordinators)
//   GET   /api/v1/refills                             refillQuery → refillOrderList
//   POST  /api/v1/refills                             createRefillOrderBody → refillOrderView (items sent_for_refill)
//   GET   /api/v1/refills/{id}                        → refillOrderView
//   POST  /api/v1/refills/{id}/items                  addRefillItemsBody → refillOrderView
//   POST  /api/v1/refills/{id}/settle                 settleRefillItemsBody → refillOrderView
//   POST  /api/v1/refills/{id}/cancel                 cancelRefillOrderBody → refillOrderView
import { z } from 'zod';
import { cylinderTypes, refillItemStatuses, refillOrderStatuses } from '../enums.js';
import { districtCode, pageQuery, phone, uuid } from './common.js';
import { lendingCan, refillOrderCan } from './lending-can.js';
import { districtView, itemRef, namedRef, note, reason, rupees } from './lending-common.js';

export const refillPrices = z.partialRecord(z.enum(cylinderTypes), rupees);

export const vendorBody = z.strictObject({
  organisationId: uuid,
  /** Null: serves all the organisation's districts. */
  district: districtCode.nullable().default(null),
  name: z.string().trim().min(1).max(160),
  phone: phone.nullable().default(null),
  address: z.string().trim().max(500).nullable().default(null),
  prices: refillPrices,
});
export type VendorBody = z.input<typeof vendorBody>;

export const updateVendorBody = z
  .strictObject({
    name: z.string().trim().min(1).max(160),
    phone: phone.nullable(),
    address: z.string().trim().max(500).nullable(),
    prices: refillPrices,
    active: z.boolean(),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing_to_change' });
export type UpdateVendorBody = z.infer<typeof updateVendorBody>;

export const vendorView = z.object({
  id: uuid,
  organisation: namedRef,
  district: districtView.nullable(),
  name: z.string(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  prices: refillPrices,
  active: z.boolean(),
});
export type VendorView = z.infer<typeof vendorView>;
export const vendorList = z.object({ items: z.array(vendorView), can: lendingCan });
export type VendorList = z.infer<typeof vendorList>;

/** An order from a depot to a vendor, with the empty cylinders it sends (it may start empty and take them after). */
export const createRefillOrderBody = z.strictObject({
  depotId: uuid,
  vendorId: uuid,
  itemIds: z.array(uuid).max(200).default([]),
  note: note.optional(),
});
export type CreateRefillOrderBody = z.input<typeof createRefillOrderBody>;

export const addRefillItemsBody = z.strictObject({ itemIds: z.array(uuid).min(1).max(200) });
export type AddRefillItemsBody = z.infer<typeof addRefillItemsBody>;

/** Lines coming back: filled, not filled, or lost at the vendor. */
export const settleRefillItemsBody = z.strictObject({
  lines: z
    .array(z.strictObject({ itemId: uuid, status: z.enum(refillItemStatuses).exclude(['sent']) }))
    .min(1)
    .max(200),
  /** Left out: back to the order's depot. */
  depotId: uuid.optional(),
  note: note.optional(),
});
export type SettleRefillItemsBody = z.infer<typeof settleRefillItemsBody>;

export const cancelRefillOrderBody = z.strictObject({ reason });
export type CancelRefillOrderBody = z.infer<typeof cancelRefillOrderBody>;

export const refillQuery = pageQuery.extend({
  status: z.enum(refillOrderStatuses).optional(),
  depotId: uuid.optional(),
  vendorId: uuid.optional(),
  district: districtCode.optional(),
});
export type RefillQuery = z.input<typeof refillQuery>;

export const refillOrderView = z.object({
  id: uuid,
  organisation: namedRef,
  district: districtView,
  depot: namedRef,
  vendor: namedRef,
  status: z.enum(refillOrderStatuses),
  prices: refillPrices,
  lines: z.array(
    z.object({
      item: itemRef,
      cylinderType: z.enum(cylinderTypes),
      status: z.enum(refillItemStatuses),
      settledAt: z.string().nullable(),
    }),
  ),
  /** Whole rupees: every cylinder sent, and those that came back filled. */
  estimatedCost: z.number().int(),
  cost: z.number().int(),
  note: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  can: refillOrderCan,
});
export type RefillOrderView = z.infer<typeof refillOrderView>;
export const refillOrderList = z.object({ items: z.array(refillOrderView), total: z.number().int() });
export type RefillOrderList = z.infer<typeof refillOrderList>;
