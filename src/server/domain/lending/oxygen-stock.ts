// A site's oxygen stock (a hospital, a covid care centre, a war room): a ledger of entries per site — counted,
// received, consumed, adjusted — in full cylinders by type and litres of gas. The burn rate is what was consumed in
// the last 24 hours; the time to empty is the litres left at that rate; under the threshold (8 hours by default) the
// coordinators are told once, and again only after it recovered. Litres are the unit that compares across
// cylinder types (a jumbo D holds about 7,000 L, a B about 1,500 L).
import {
  cylinderTypeDefaults,
  cylinderTypes,
  type CylinderType,
  type StockAlertState,
  type StockEntryKind,
} from '../../../shared/enums.js';

export type CylinderCounts = Record<CylinderType, number>;

export interface StockLevel {
  litres: number;
  cylinders: CylinderCounts;
}

export interface StockEntry {
  kind: StockEntryKind;
  at: Date;
  /** `count`: the litres on hand; `received`/`consumed`: how many; `adjusted`: the signed correction. */
  litres: number;
  cylinders: Partial<CylinderCounts>;
  /** Required for `adjusted`. */
  reason?: string | null;
}

export type StockRefusal = 'stock_entry_invalid' | 'stock_negative' | 'stock_reason_required';

export const burnWindowHours = 24;
/** A rate over less than an hour of history would be noise (one cylinder in a minute is not 60 an hour). */
export const minimumRateHours = 1;

const hourMs = 3_600_000;

export const emptyCylinders = (): CylinderCounts =>
  Object.fromEntries(cylinderTypes.map((t) => [t, 0])) as CylinderCounts;

export const emptyStock = (): StockLevel => ({ litres: 0, cylinders: emptyCylinders() });

/** The litres full cylinders hold, by the type defaults (`other` holds what `otherLitres` says each). */
export function litresOfCylinders(counts: Partial<CylinderCounts>, otherLitres = 0): number {
  return cylinderTypes.reduce((sum, type) => {
    const each = type === 'other' ? otherLitres : cylinderTypeDefaults[type].gasLitres;
    return sum + (counts[type] ?? 0) * each;
  }, 0);
}

/** The stock after one entry, or why the entry cannot stand (it would leave less than nothing). */
export function applyStockEntry(
  level: StockLevel,
  entry: StockEntry,
): { ok: true; level: StockLevel } | { ok: false; code: StockRefusal } {
  const counts = cylinderTypes.map((t) => entry.cylinders[t] ?? 0);
  const values = [entry.litres, ...counts];
  if (values.some((v) => !Number.isFinite(v)) || counts.some((c) => !Number.isInteger(c))) {
    return { ok: false, code: 'stock_entry_invalid' };
  }
  if (entry.kind !== 'adjusted' && values.some((v) => v < 0)) return { ok: false, code: 'stock_entry_invalid' };
  if (entry.kind === 'adjusted' && !entry.reason?.trim()) return { ok: false, code: 'stock_reason_required' };

  const sign = entry.kind === 'consumed' ? -1 : 1;
  const next: StockLevel =
    entry.kind === 'count'
      ? { litres: entry.litres, cylinders: { ...emptyCylinders(), ...entry.cylinders } }
      : {
          litres: level.litres + sign * entry.litres,
          cylinders: Object.fromEntries(
            cylinderTypes.map((t) => [t, level.cylinders[t] + sign * (entry.cylinders[t] ?? 0)]),
          ) as CylinderCounts,
        };
  if (next.litres < 0 || cylinderTypes.some((t) => next.cylinders[t] < 0)) return { ok: false, code: 'stock_negative' };
  return { ok: true, level: next };
}

/** Folds a site's entries (oldest first); the first that cannot stand stops it, with its position. */
export function stockLevel(
  entries: readonly StockEntry[],
): { ok: true; level: StockLevel } | { ok: false; code: StockRefusal; index: number } {
  let level = emptyStock();
  for (const [index, entry] of entries.entries()) {
    const result = applyStockEntry(level, entry);
    if (!result.ok) return { ok: false, code: result.code, index };
    level = result.level;
  }
  return { ok: true, level };
}

/**
 * Litres an hour consumed over the last 24 hours (entries at or before `now`, after `now − 24 h`). A site whose
 * ledger began less than a day ago is measured over the hours it has (at least one), not diluted over a whole day.
 */
export function burnRate(entries: readonly StockEntry[], now: Date): number {
  const windowStart = now.getTime() - burnWindowHours * hourMs;
  const first = entries.reduce<number | null>(
    (min, e) => (min === null || e.at.getTime() < min ? e.at.getTime() : min),
    null,
  );
  if (first === null) return 0;
  const consumed = entries
    .filter((e) => e.kind === 'consumed' && e.at.getTime() > windowStart && e.at.getTime() <= now.getTime())
    .reduce((sum, e) => sum + e.litres, 0);
  const hours = Math.max(minimumRateHours, Math.min(burnWindowHours, (now.getTime() - first) / hourMs));
  return consumed / hours;
}

/** Hours until the litres run out at the rate; null when nothing is being used (it does not run out). */
export function hoursToEmpty(litres: number, ratePerHour: number): number | null {
  if (ratePerHour <= 0) return null;
  return litres / ratePerHour;
}

/** The alert state: no entries yet is `no_data`; under the threshold (strictly) is `low`. */
export function stockAlertState(input: {
  hasEntries: boolean;
  hoursToEmpty: number | null;
  thresholdHours: number;
}): StockAlertState {
  if (!input.hasEntries) return 'no_data';
  return input.hoursToEmpty !== null && input.hoursToEmpty < input.thresholdHours ? 'low' : 'ok';
}

/** Whether a change of state tells the coordinators: only on entering `low` (once, until it recovers). */
export const shouldAlert = (previous: StockAlertState, next: StockAlertState): boolean =>
  next === 'low' && previous !== 'low';
