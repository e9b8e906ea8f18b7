import { describe, expect, it } from 'vitest';
import { campReportCsv, foldCampReport, type ReportRegistration } from './report.js';

const camp = {
  id: '00000000-0000-4000-8000-000000000001',
  code: 'K7Q2X',
  title: 'Police Lines camp',
  venue: 'Police Lines, Kanpur',
  day: '2026-12-07',
  state: 'held' as const,
  partnerCentre: 'Hallet Hospital',
  targetUnits: 8,
};
const r = (over: Partial<ReportRegistration>): ReportRegistration => ({
  state: 'registered',
  source: 'web',
  category: 'citizen',
  product: null,
  units: null,
  deferralReason: null,
  ...over,
});

describe('the camp report', () => {
  const registrations = [
    r({ state: 'donated', category: 'police', product: 'whole_blood', units: 1, source: 'operator' }),
    r({ state: 'donated', category: 'police', product: 'whole_blood', units: 1 }),
    r({ state: 'donated', category: 'citizen', product: 'plasma', units: 2, source: 'whatsapp' }),
    r({ state: 'deferred', deferralReason: 'low_haemoglobin' }),
    r({ state: 'checked_in' }),
    r({ state: 'registered' }),
    r({ state: 'cancelled', source: 'sms' }),
  ];
  const report = foldCampReport(camp, registrations);

  it('counts registered (not cancelled), came, donated, deferred and no-shows', () => {
    expect(report).toMatchObject({ registered: 6, came: 5, donated: 3, deferred: 1, noShow: 1 });
  });

  it('sums units by product and donors by category, with every key present', () => {
    expect(report.unitsByProduct).toEqual({ whole_blood: 2, platelets: 0, plasma: 2 });
    expect(report.donorsByCategory).toMatchObject({ police: 2, citizen: 1, staff: 0 });
    expect(report.deferralsByReason).toEqual({ low_haemoglobin: 1 });
    expect(report.registeredBySource).toEqual({ operator: 1, web: 4, whatsapp: 1 });
  });

  it('sets target against collected', () => {
    expect(report).toMatchObject({ targetUnits: 8, unitsCollected: 4, targetPercent: 50 });
  });

  it('is zero for a camp nobody came to', () => {
    expect(foldCampReport(camp, [])).toMatchObject({ registered: 0, came: 0, unitsCollected: 0, targetPercent: 0 });
  });

  it('reads as CSV, one figure a row, formulas defused', () => {
    const csv = campReportCsv(foldCampReport({ ...camp, title: '=HYPERLINK("x")' }, registrations));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('measure,key,value');
    expect(lines).toContain('count,donated,3');
    expect(lines).toContain('units_by_product,plasma,2');
    expect(lines).toContain('donors_by_category,police,2');
    expect(lines).toContain('target,target_percent,50');
    expect(lines).toContain(`camp,title,"'=HYPERLINK(""x"")"`);
  });
});
