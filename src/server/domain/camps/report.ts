// A camp's report, folded from its registrations: who registered, came, gave and was deferred; units by product;
// donors who gave by category; deferrals by reason; target against collected. One fold for the JSON and the CSV.
import type { CampDeferralReason, CampReport } from '../../../shared/contracts/camps.js';
import {
  donorCategories,
  donorProducts,
  type CampRegistrationSource,
  type CampRegistrationState,
  type CampState,
  type DonorCategory,
  type DonorProduct,
} from '../../../shared/enums.js';

export interface ReportCamp {
  id: string;
  code: string;
  title: string;
  venue: string;
  day: string;
  state: CampState;
  partnerCentre: string;
  targetUnits: number;
}

export interface ReportRegistration {
  state: CampRegistrationState;
  source: CampRegistrationSource;
  category: DonorCategory;
  product: DonorProduct | null;
  units: number | null;
  deferralReason: string | null;
}

const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function foldCampReport(camp: ReportCamp, registrations: readonly ReportRegistration[]): CampReport {
  const unitsByProduct = zeroes(donorProducts);
  const donorsByCategory = zeroes(donorCategories);
  const deferralsByReason: Partial<Record<CampDeferralReason, number>> = {};
  const registeredBySource: Partial<Record<CampRegistrationSource, number>> = {};
  let registered = 0;
  let came = 0;
  let donated = 0;
  let deferred = 0;
  for (const r of registrations) {
    if (r.state === 'cancelled') continue;
    registered += 1;
    registeredBySource[r.source] = (registeredBySource[r.source] ?? 0) + 1;
    if (r.state === 'registered') continue;
    came += 1;
    if (r.state === 'donated') {
      donated += 1;
      donorsByCategory[r.category] += 1;
      if (r.product) unitsByProduct[r.product] += r.units ?? 0;
    } else if (r.state === 'deferred') {
      deferred += 1;
      const reason = (r.deferralReason ?? 'other') as CampDeferralReason;
      deferralsByReason[reason] = (deferralsByReason[reason] ?? 0) + 1;
    }
  }
  const unitsCollected = donorProducts.reduce((sum, p) => sum + unitsByProduct[p], 0);
  return {
    campId: camp.id,
    code: camp.code,
    title: camp.title,
    venue: camp.venue,
    day: camp.day,
    state: camp.state,
    partnerCentre: camp.partnerCentre,
    registered,
    came,
    donated,
    deferred,
    noShow: registered - came,
    unitsByProduct,
    donorsByCategory,
    deferralsByReason,
    registeredBySource,
    targetUnits: camp.targetUnits,
    unitsCollected,
    targetPercent: camp.targetUnits > 0 ? Math.round((unitsCollected * 100) / camp.targetUnits) : 0,
  };
}

const csvCell = (value: string | number): string => {
  const text = String(value);
  // A cell a spreadsheet would read as a formula is quoted with a leading apostrophe.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The report as CSV: one `measure,key,value` row per figure, so every count is one row a spreadsheet can sum. */
export function campReportCsv(report: CampReport): string {
  const rows: Array<[string, string, string | number]> = [
    ['camp', 'code', report.code],
    ['camp', 'title', report.title],
    ['camp', 'venue', report.venue],
    ['camp', 'day', report.day],
    ['camp', 'state', report.state],
    ['camp', 'partner_centre', report.partnerCentre],
    ['count', 'registered', report.registered],
    ['count', 'came', report.came],
    ['count', 'donated', report.donated],
    ['count', 'deferred', report.deferred],
    ['count', 'no_show', report.noShow],
    ...donorProducts.map((p): [string, string, number] => ['units_by_product', p, report.unitsByProduct[p]]),
    ...donorCategories.map((c): [string, string, number] => ['donors_by_category', c, report.donorsByCategory[c]]),
    ...Object.entries(report.deferralsByReason).map(([k, v]): [string, string, number] => [
      'deferrals_by_reason',
      k,
      v,
    ]),
    ...Object.entries(report.registeredBySource).map(([k, v]): [string, string, number] => [
      'registered_by_source',
      k,
      v,
    ]),
    ['target', 'target_units', report.targetUnits],
    ['target', 'units_collected', report.unitsCollected],
    ['target', 'target_percent', report.targetPercent],
  ];
  return ['measure,key,value', ...rows.map((r) => r.map(csvCell).join(','))].join('\r\n') + '\r\n';
}
