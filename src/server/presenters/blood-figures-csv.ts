// The blood and care figures as a spreadsheet (GET /api/v1/reports/blood?format=csv): made from the very answer the
// API and the page show, so the three never disagree. One figure a row — section, item, value — with stable English
// keys a spreadsheet can filter on; names people typed (organisations, camps) are quoted and kept from being read as
// formulas. RFC 4180 (CRLF), with a byte-order mark so spreadsheet programs read Hindi names as UTF-8.
import { donorCategories, donorProducts } from '../../shared/enums.js';
import type { BloodFigures } from '../../shared/contracts/blood-reports.js';

type Cell = string | number | null;

/** A cell: quoted when it holds a comma, quote or line break; text that a spreadsheet would run as a formula is
 * prefixed with an apostrophe. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The CSV's file name for a period ("blood-figures-2021-04-01-to-2021-05-31.csv"). */
export function bloodFiguresFileName(figures: Pick<BloodFigures, 'period'>): string {
  return `blood-figures-${figures.period.from ?? 'start'}-to-${figures.period.to}.csv`;
}

export function bloodFiguresCsv(figures: BloodFigures): string {
  const rows: Array<[string, Cell, Cell]> = [['section', 'item', 'value']];
  const add = (section: string, item: Cell, value: Cell) => rows.push([section, item, value]);
  const { totals, care } = figures;

  add('period', 'from', figures.period.from);
  add('period', 'to', figures.period.to);
  add('selection', 'organisation_id', figures.organisationId);
  add('selection', 'district', figures.district);

  add('units', 'total', totals.units);
  add('units', 'donations', totals.donations);
  add('units', 'donors', totals.donors);
  for (const product of donorProducts) add('units_by_product', product, totals.unitsByProduct[product]);
  for (const category of donorCategories) add('units_by_category', category, totals.unitsByCategory[category]);
  for (const category of donorCategories) add('donors_by_category', category, totals.donorsByCategory[category]);
  for (const organisation of figures.organisations) add('units_by_organisation', organisation.name, organisation.units);
  for (const month of figures.monthly) {
    add('units_by_month', month.month, month.units);
    for (const product of donorProducts) add(`units_by_month_${product}`, month.month, month.unitsByProduct[product]);
  }

  add('camps', 'held', care.camps.held);
  add('camps', 'target_units', care.camps.targetUnits);
  add('camps', 'units_collected', care.camps.unitsCollected);
  add('camps', 'registered', care.camps.registered);
  add('camps', 'came', care.camps.came);
  add('camps', 'donated', care.camps.donated);
  add('camps', 'deferred', care.camps.deferred);
  for (const camp of care.camps.list) {
    const name = `${camp.day} ${camp.title} (${camp.venue})`;
    add('camp_units_collected', name, camp.unitsCollected);
    add('camp_target_units', name, camp.targetUnits);
  }

  add('children', 'served', care.childrenServed);
  add('transfusions', 'due', care.transfusions.due);
  add('transfusions', 'on_time', care.transfusions.onTime);
  add('transfusions', 'late', care.transfusions.late);
  add('transfusions', 'missed', care.transfusions.missed);
  add('transfusions', 'overdue', care.transfusions.overdue);
  add('transfusions', 'pending', care.transfusions.pending);
  add('transfusions', 'on_time_percent', care.transfusions.onTimePercent);
  add('transfusions', 'grace_days', care.transfusions.graceDays);

  return `\ufeff${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
