// Refill rows → the API's JSON: vendors with their prices, and orders with their lines (each cylinder and how it
// came back), costs in whole rupees and `can` from the abilities the use cases guard with.
import type { RefillOrderView, VendorView } from '../../shared/contracts/refills.js';
import type { RefillOrderCan } from '../../shared/contracts/lending-can.js';
import type { DistrictEntry } from '../db/queries/districts.js';
import type { refillOrderItems, refillOrders, refillVendors } from '../db/schema/index.js';
import { presentCan, type Abilities } from '../domain/lending/abilities.js';
import { presentDistrict, presentItemRef, type ItemRow } from './equipment.js';

export type VendorRow = typeof refillVendors.$inferSelect;
export type RefillOrderRow = typeof refillOrders.$inferSelect;
export type RefillLineRow = typeof refillOrderItems.$inferSelect;

export function presentVendor(
  row: VendorRow,
  organisationName: string,
  district: DistrictEntry | undefined,
): VendorView {
  return {
    id: row.id,
    organisation: { id: row.organisationId, name: organisationName },
    district: row.districtCode ? presentDistrict(row.districtCode, district) : null,
    name: row.name,
    // A business number, shown so the depot can call the vendor.
    phone: row.phone,
    address: row.address,
    prices: row.prices,
    active: row.active,
  };
}

export function presentRefillOrder(
  row: RefillOrderRow,
  context: {
    organisationName: string;
    district: DistrictEntry | undefined;
    depotName: string;
    vendorName: string;
    createdBy: string | null;
    lines: ReadonlyArray<{ line: RefillLineRow; item: ItemRow }>;
  },
  abilities: Abilities<RefillOrderCan>,
): RefillOrderView {
  return {
    id: row.id,
    organisation: { id: row.organisationId, name: context.organisationName },
    district: presentDistrict(row.districtCode, context.district),
    depot: { id: row.depotId, name: context.depotName },
    vendor: { id: row.vendorId, name: context.vendorName },
    status: row.status,
    prices: row.prices,
    lines: context.lines.map(({ line, item }) => ({
      item: presentItemRef(item),
      cylinderType: line.cylinderType,
      status: line.status,
      settledAt: line.settledAt?.toISOString() ?? null,
    })),
    estimatedCost: row.estimatedCost,
    cost: row.cost,
    note: row.note,
    createdBy: context.createdBy,
    createdAt: row.createdAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    can: presentCan(abilities),
  };
}
