// Depot rows → the API's JSON: the place, its items counted by status (every status, zero when none), the staff
// phone masked, and `can` from the same abilities the use cases guard with.
import type { DepotDetail, DepotView } from '../../shared/contracts/depots.js';
import type { DepotCan } from '../../shared/contracts/lending-can.js';
import type { ItemRef } from '../../shared/contracts/lending-common.js';
import { itemStatuses, type ItemStatus } from '../../shared/enums.js';
import type { DistrictEntry } from '../db/queries/districts.js';
import type { depots } from '../db/schema/index.js';
import { presentCan, type Abilities } from '../domain/lending/abilities.js';
import { maskPhone } from '../domain/privacy/masking.js';
import { presentDistrict } from './equipment.js';

export type DepotRow = typeof depots.$inferSelect;

export function itemsByStatus(
  counts: ReadonlyArray<{ status: ItemStatus; count: number }>,
): Record<ItemStatus, number> {
  const all = Object.fromEntries(itemStatuses.map((s) => [s, 0])) as Record<ItemStatus, number>;
  for (const c of counts) all[c.status] += c.count;
  return all;
}

export function presentDepot(
  row: DepotRow,
  context: {
    organisationName: string;
    district: DistrictEntry | undefined;
    counts: ReadonlyArray<{ status: ItemStatus; count: number }>;
  },
  abilities: Abilities<DepotCan>,
): DepotView {
  return {
    id: row.id,
    organisation: { id: row.organisationId, name: context.organisationName },
    district: presentDistrict(row.districtCode, context.district),
    name: row.name,
    kind: row.kind,
    address: row.address,
    lat: row.lat,
    lon: row.lon,
    contactPhone: row.contactPhone ? maskPhone(row.contactPhone) : null,
    active: row.active,
    items: itemsByStatus(context.counts),
    can: presentCan(abilities),
  };
}

export function presentDepotDetail(
  view: DepotView,
  emptiesWaiting: ItemRef[],
  openRefillOrders: DepotDetail['openRefillOrders'],
): DepotDetail {
  return { ...view, emptiesWaiting, openRefillOrders };
}
