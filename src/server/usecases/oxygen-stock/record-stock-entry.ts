// One stock entry (a count, a delivery, consumption, a correction). Under the site's lock: the whole ledger folded
// again with the entry in its place by time (a count taken at 06:00 and entered at 07:30 goes before later
// entries), refused if any point would fall below nothing; the running level and the alert state written on the
// site; and, when this entry takes the site under its threshold, the coordinators told — all in one transaction.
import { asc, eq } from 'drizzle-orm';
import type { StockSiteDetail } from '../../../shared/contracts/oxygen-stock.js';
import type { z } from 'zod';
import type { stockEntryBody } from '../../../shared/contracts/oxygen-stock.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { stockEntries, stockSites } from '../../db/schema/index.js';
import { canUseLending, stockSiteAbilities } from '../../domain/lending/abilities.js';
import { litresOfCylinders, shouldAlert, stockLevel, type StockEntry } from '../../domain/lending/oxygen-stock.js';
import { forbidden, notFound } from '../../errors.js';
import { lendingError } from '../equipment/lending-error.js';
import { raiseStockAlert } from './raise-stock-alert.js';
import { stockReadings, stockSiteDetailFor } from './stock-reads.js';

type ParsedEntry = z.output<typeof stockEntryBody>;

export async function recordStockEntry(
  db: Db,
  actor: Actor,
  siteId: string,
  entryBody: ParsedEntry,
  now = new Date(),
): Promise<StockSiteDetail> {
  if (!canUseLending(actor)) throw forbidden();
  await db.transaction(async (tx) => {
    const [site] = await tx.select().from(stockSites).where(eq(stockSites.id, siteId)).for('update');
    if (!site) throw notFound();
    const verdict = stockSiteAbilities(actor, site).recordEntry;
    if (verdict !== true) throw lendingError(verdict);
    const cylinders = entryBody.cylinders ?? {};
    const entry: StockEntry = {
      kind: entryBody.kind,
      at: entryBody.at ? new Date(entryBody.at) : now,
      litres: entryBody.litres ?? litresOfCylinders(cylinders),
      cylinders,
      reason: entryBody.kind === 'adjusted' ? entryBody.reason : null,
    };
    const before = (await stockReadings(tx, [site], now)).get(site.id);
    const ledger = await tx
      .select()
      .from(stockEntries)
      .where(eq(stockEntries.siteId, site.id))
      .orderBy(asc(stockEntries.at), asc(stockEntries.id));
    const entries: StockEntry[] = ledger.map((e) => ({
      kind: e.kind,
      at: e.at,
      litres: e.litres,
      cylinders: e.cylinders,
      reason: e.reason,
    }));
    // Ties keep the order entered: the new entry goes after every entry at or before its moment.
    const position = entries.findIndex((e) => e.at.getTime() > entry.at.getTime());
    entries.splice(position === -1 ? entries.length : position, 0, entry);
    const folded = stockLevel(entries);
    if (!folded.ok) throw lendingError(folded.code);
    await tx.insert(stockEntries).values({
      siteId: site.id,
      organisationId: site.organisationId,
      kind: entry.kind,
      litres: entry.litres,
      cylinders: entry.cylinders,
      reason: entry.reason ?? null,
      at: entry.at,
      actorId: actor.userId,
      recordedAt: now,
    });
    const changed = { ...site, litres: folded.level.litres, cylinders: folded.level.cylinders };
    const after = (await stockReadings(tx, [changed], now)).get(site.id);
    if (!after) throw new Error('no reading');
    await tx
      .update(stockSites)
      .set({
        litres: folded.level.litres,
        cylinders: folded.level.cylinders,
        lastEntryAt: site.lastEntryAt && site.lastEntryAt > entry.at ? site.lastEntryAt : entry.at,
        alertState: after.alert,
        ...(after.alert !== site.alertState ? { alertChangedAt: now } : {}),
        updatedAt: now,
      })
      .where(eq(stockSites.id, site.id));
    // The state before is read as of now too: a site that recovered while nobody wrote is alerted afresh.
    if (shouldAlert(before?.alert ?? site.alertState, after.alert)) {
      await raiseStockAlert(tx, changed, { ...after, litres: folded.level.litres }, now);
    }
  });
  return stockSiteDetailFor(db, actor, siteId, now);
}
