// Stock site rows → the API's JSON: the level, the burn rate over the last 24 h, hours to empty, when it would run
// out and the alert state as of the read, with `can` from the abilities the use cases guard with.
import type { StockEntryView, StockSiteDetail, StockSiteView } from '../../shared/contracts/oxygen-stock.js';
import type { StockSiteCan } from '../../shared/contracts/lending-can.js';
import type { StockAlertState } from '../../shared/enums.js';
import type { DistrictEntry } from '../db/queries/districts.js';
import type { stockEntries, stockSites } from '../db/schema/index.js';
import { presentCan, type Abilities } from '../domain/lending/abilities.js';
import { presentDistrict } from './equipment.js';

export type StockSiteRow = typeof stockSites.$inferSelect;
export type StockEntryRow = typeof stockEntries.$inferSelect;

/** The site's reading as of now (oxygen-stock.ts over its recent entries). */
export interface StockReading {
  burnRatePerHour: number;
  hoursToEmpty: number | null;
  alertHours: number;
  alert: StockAlertState;
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

export function presentStockSite(
  row: StockSiteRow,
  context: { organisationName: string; district: DistrictEntry | undefined; reading: StockReading; now: Date },
  abilities: Abilities<StockSiteCan>,
): StockSiteView {
  const { reading } = context;
  return {
    id: row.id,
    organisation: { id: row.organisationId, name: context.organisationName },
    district: presentDistrict(row.districtCode, context.district),
    name: row.name,
    kind: row.kind,
    address: row.address,
    lat: row.lat,
    lon: row.lon,
    litres: round(row.litres, 1),
    cylinders: row.cylinders,
    burnRatePerHour: round(reading.burnRatePerHour, 1),
    hoursToEmpty: reading.hoursToEmpty === null ? null : round(reading.hoursToEmpty, 1),
    emptyAt:
      reading.hoursToEmpty === null
        ? null
        : new Date(context.now.getTime() + reading.hoursToEmpty * 3_600_000).toISOString(),
    alertHours: reading.alertHours,
    alert: reading.alert,
    lastEntryAt: row.lastEntryAt?.toISOString() ?? null,
    active: row.active,
    can: presentCan(abilities),
  };
}

export function presentStockEntry(row: StockEntryRow, actorName: string | null): StockEntryView {
  return {
    id: String(row.id),
    kind: row.kind,
    litres: row.litres,
    cylinders: row.cylinders,
    reason: row.reason,
    at: row.at.toISOString(),
    actorName,
    recordedAt: row.recordedAt.toISOString(),
  };
}

export function presentStockSiteDetail(view: StockSiteView, entries: StockEntryView[]): StockSiteDetail {
  return { ...view, entries };
}
