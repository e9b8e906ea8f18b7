// The blood figures the helplines report ("36 units, 31 blood + 5 plasma, from 21 citizens and 15 police
// personnel"), added up from what the database counted: pure, so the sums and the monthly series are tested alone.
import { donorCategories, donorProducts, type DonorCategory, type DonorProduct } from '../../../shared/enums.js';
import type { BloodFigureTotals, ByDonorCategory, UnitsByProduct } from '../../../shared/contracts/blood-reports.js';

/** Units and donations of one organisation, month, product and donor category (the database's grouping). */
export interface UnitRow {
  organisationId: string;
  organisationName: string;
  /** 'YYYY-MM' of the Kolkata day the donation was made. */
  month: string;
  product: DonorProduct;
  category: DonorCategory;
  units: number;
  donations: number;
}

/** Different donors of one organisation and category. A donor belongs to one organisation and has one category. */
export interface DonorRow {
  organisationId: string;
  category: DonorCategory;
  donors: number;
}

export interface FigureSummary {
  totals: BloodFigureTotals;
  organisations: Array<BloodFigureTotals & { id: string; name: string }>;
  monthly: Array<{ month: string; units: number; unitsByProduct: UnitsByProduct }>;
}

/** A series longer than this many months (a period reaching back decades) is cut to the months holding donations. */
export const maxSeriesMonths = 120;

const zeroProducts = (): UnitsByProduct => Object.fromEntries(donorProducts.map((p) => [p, 0])) as UnitsByProduct;
const zeroCategories = (): ByDonorCategory => Object.fromEntries(donorCategories.map((c) => [c, 0])) as ByDonorCategory;

function emptyTotals(): BloodFigureTotals {
  return {
    units: 0,
    donations: 0,
    donors: 0,
    unitsByProduct: zeroProducts(),
    unitsByCategory: zeroCategories(),
    donorsByCategory: zeroCategories(),
  };
}

function addUnits(totals: BloodFigureTotals, row: UnitRow): void {
  totals.units += row.units;
  totals.donations += row.donations;
  totals.unitsByProduct[row.product] += row.units;
  totals.unitsByCategory[row.category] += row.units;
}

function addDonors(totals: BloodFigureTotals, row: DonorRow): void {
  totals.donors += row.donors;
  totals.donorsByCategory[row.category] += row.donors;
}

/** 'YYYY-MM' of an ISO day. */
export const monthOf = (day: string): string => day.slice(0, 7);

/** Every month from `first` to `last` inclusive ('YYYY-MM'); empty when `last` is before `first`. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (;;) {
    const label = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (label > last) return months;
    months.push(label);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/**
 * The months a series shows: the whole period, month by month (a quiet month shows as zero, not as a gap). A period
 * with no start runs from the first month holding donations; one longer than `maxSeriesMonths` is cut to the months
 * between the first and the last donation.
 */
export function seriesMonths(period: { from: string | null; to: string }, dataMonths: readonly string[]): string[] {
  const sorted = [...dataMonths].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const start = period.from !== null ? monthOf(period.from) : first;
  if (start === undefined) return [];
  const whole = monthsBetween(start, monthOf(period.to));
  if (whole.length <= maxSeriesMonths) return whole;
  return first !== undefined && last !== undefined ? monthsBetween(first, last) : [];
}

/** Totals, per organisation (most units first, then by name) and month by month. */
export function summariseFigures(
  unitRows: readonly UnitRow[],
  donorRows: readonly DonorRow[],
  period: { from: string | null; to: string },
): FigureSummary {
  const totals = emptyTotals();
  const perOrganisation = new Map<string, BloodFigureTotals & { id: string; name: string }>();
  const perMonth = new Map<string, { units: number; unitsByProduct: UnitsByProduct }>();
  for (const row of unitRows) {
    addUnits(totals, row);
    const organisation = perOrganisation.get(row.organisationId) ?? {
      id: row.organisationId,
      name: row.organisationName,
      ...emptyTotals(),
    };
    addUnits(organisation, row);
    perOrganisation.set(row.organisationId, organisation);
    const month = perMonth.get(row.month) ?? { units: 0, unitsByProduct: zeroProducts() };
    month.units += row.units;
    month.unitsByProduct[row.product] += row.units;
    perMonth.set(row.month, month);
  }
  for (const row of donorRows) {
    addDonors(totals, row);
    const organisation = perOrganisation.get(row.organisationId);
    if (organisation) addDonors(organisation, row);
  }
  const organisations = [...perOrganisation.values()].sort(
    (a, b) => b.units - a.units || a.name.localeCompare(b.name, 'en'),
  );
  const monthly = seriesMonths(period, [...perMonth.keys()]).map((month) => ({
    month,
    ...(perMonth.get(month) ?? { units: 0, unitsByProduct: zeroProducts() }),
  }));
  return { totals, organisations, monthly };
}
