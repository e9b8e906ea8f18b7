// Reading stock sites as views: each site's entries of the last 24 hours (and when its ledger began) give its burn
// rate, hours to empty and alert state as of the read (domain/lending/oxygen-stock.ts).
import { and, desc, eq, gt, inArray, min, sql } from 'drizzle-orm';
import type { StockSiteDetail, StockSiteView } from '../../../shared/contracts/oxygen-stock.js';
import type { Actor } from '../../../shared/permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { districtDirectory } from '../../db/queries/districts.js';
import { lendingPolicyFor } from '../../db/queries/lending-policies.js';
import { organisations, stockEntries, stockSites, users } from '../../db/schema/index.js';
import { stockSiteAbilities } from '../../domain/lending/abilities.js';
import {
  burnRate,
  burnWindowHours,
  hoursToEmpty,
  stockAlertState,
  type StockEntry,
} from '../../domain/lending/oxygen-stock.js';
import {
  presentStockEntry,
  presentStockSite,
  presentStockSiteDetail,
  type StockReading,
  type StockSiteRow,
} from '../../presenters/oxygen-stock.js';

/** A site's reading from its recent consumption, the moment its ledger began, and its threshold. */
export function stockReading(
  site: Pick<StockSiteRow, 'litres'>,
  recent: readonly StockEntry[],
  firstAt: Date | null,
  alertHours: number,
  now: Date,
): StockReading {
  // The ledger's first moment stands in as an entry, so a young ledger's rate is over the hours it has.
  const entries: StockEntry[] = firstAt ? [{ kind: 'count', at: firstAt, litres: 0, cylinders: {} }, ...recent] : [];
  const rate = burnRate(entries, now);
  const hours = hoursToEmpty(site.litres, rate);
  return {
    burnRatePerHour: rate,
    hoursToEmpty: hours,
    alertHours,
    alert: stockAlertState({ hasEntries: firstAt !== null, hoursToEmpty: hours, thresholdHours: alertHours }),
  };
}

/** Readings for many sites in two statements (recent consumption, ledger starts). */
export async function stockReadings(
  db: DbOrTx,
  sites: readonly StockSiteRow[],
  now: Date,
): Promise<Map<string, StockReading>> {
  const ids = sites.map((s) => s.id);
  if (ids.length === 0) return new Map();
  const since = new Date(now.getTime() - burnWindowHours * 3_600_000);
  const [recent, starts, policies] = await Promise.all([
    db
      .select({ siteId: stockEntries.siteId, litres: stockEntries.litres, at: stockEntries.at })
      .from(stockEntries)
      .where(
        and(
          inArray(stockEntries.siteId, ids),
          eq(stockEntries.kind, 'consumed'),
          gt(stockEntries.at, since),
          sql`${stockEntries.at} <= ${now}`,
        ),
      ),
    db
      .select({ siteId: stockEntries.siteId, firstAt: min(stockEntries.at) })
      .from(stockEntries)
      .where(inArray(stockEntries.siteId, ids))
      .groupBy(stockEntries.siteId),
    Promise.all(
      [...new Set(sites.map((s) => s.organisationId))].map(async (id) => [id, await lendingPolicyFor(db, id)] as const),
    ),
  ]);
  const policyOf = new Map(policies);
  return new Map(
    sites.map((site) => {
      const firstAt = starts.find((s) => s.siteId === site.id)?.firstAt ?? null;
      const entries: StockEntry[] = recent
        .filter((r) => r.siteId === site.id)
        .map((r) => ({ kind: 'consumed', at: r.at, litres: r.litres, cylinders: {} }));
      const alertHours = site.alertHours ?? policyOf.get(site.organisationId)?.stockAlertHours ?? 8;
      return [site.id, stockReading(site, entries, firstAt, alertHours, now)];
    }),
  );
}

export async function presentStockSites(
  db: DbOrTx,
  actor: Actor,
  rows: ReadonlyArray<{ row: StockSiteRow; organisationName: string }>,
  now: Date,
): Promise<StockSiteView[]> {
  const [readings, directory] = await Promise.all([
    stockReadings(
      db,
      rows.map((r) => r.row),
      now,
    ),
    districtDirectory(db),
  ]);
  return rows.flatMap((r) => {
    const reading = readings.get(r.row.id);
    if (!reading) return [];
    return [
      presentStockSite(
        r.row,
        { organisationName: r.organisationName, district: directory.get(r.row.districtCode), reading, now },
        stockSiteAbilities(actor, r.row),
      ),
    ];
  });
}

/** One site with its entries, newest first (the last 200). */
export async function stockSiteDetailFor(
  db: DbOrTx,
  actor: Actor,
  siteId: string,
  now = new Date(),
): Promise<StockSiteDetail> {
  const [[selected], entries] = await Promise.all([
    db
      .select({ row: stockSites, organisationName: organisations.name })
      .from(stockSites)
      .innerJoin(organisations, eq(organisations.id, stockSites.organisationId))
      .where(eq(stockSites.id, siteId)),
    db
      .select({ row: stockEntries, actorName: users.name })
      .from(stockEntries)
      .leftJoin(users, eq(users.id, stockEntries.actorId))
      .where(eq(stockEntries.siteId, siteId))
      .orderBy(desc(stockEntries.at), desc(stockEntries.id))
      .limit(200),
  ]);
  if (!selected) throw new Error(`stock site ${siteId} vanished`);
  const [view] = await presentStockSites(db, actor, [selected], now);
  if (!view) throw new Error(`stock site ${siteId} vanished`);
  return presentStockSiteDetail(
    view,
    entries.map((e) => presentStockEntry(e.row, e.actorName)),
  );
}
