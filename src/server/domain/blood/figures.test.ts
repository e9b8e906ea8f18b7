import { describe, expect, it } from 'vitest';
import { maxSeriesMonths, monthsBetween, seriesMonths, summariseFigures, type UnitRow } from './figures.js';

const kanpur = { organisationId: 'org-kanpur', organisationName: 'Kanpur police' };
const prayagraj = { organisationId: 'org-prayagraj', organisationName: 'Police Mitra Prayagraj' };

const row = (over: Partial<UnitRow>): UnitRow => ({
  ...kanpur,
  month: '2021-05',
  product: 'whole_blood',
  category: 'citizen',
  units: 1,
  donations: 1,
  ...over,
});

describe('months', () => {
  it('runs month by month across a year end, both ends included', () => {
    expect(monthsBetween('2020-11', '2021-02')).toEqual(['2020-11', '2020-12', '2021-01', '2021-02']);
    expect(monthsBetween('2021-05', '2021-05')).toEqual(['2021-05']);
    expect(monthsBetween('2021-06', '2021-05')).toEqual([]);
  });

  it('shows the whole period asked for, quiet months as well', () => {
    expect(seriesMonths({ from: '2021-01-01', to: '2021-12-31' }, ['2021-05'])).toHaveLength(12);
    expect(seriesMonths({ from: '2021-03-15', to: '2021-05-02' }, [])).toEqual(['2021-03', '2021-04', '2021-05']);
  });

  it('without a start, runs from the first month holding donations; with nothing to show, is empty', () => {
    expect(seriesMonths({ from: null, to: '2021-07-01' }, ['2021-06', '2021-04'])).toEqual([
      '2021-04',
      '2021-05',
      '2021-06',
      '2021-07',
    ]);
    expect(seriesMonths({ from: null, to: '2026-12-06' }, [])).toEqual([]);
  });

  it(`cuts a period longer than ${maxSeriesMonths} months to the months between the first and last donation`, () => {
    expect(seriesMonths({ from: '1990-01-01', to: '2026-12-06' }, ['2021-06', '2021-04'])).toEqual([
      '2021-04',
      '2021-05',
      '2021-06',
    ]);
    expect(seriesMonths({ from: '1990-01-01', to: '2026-12-06' }, [])).toEqual([]);
    expect(seriesMonths({ from: '2011-01-01', to: '2020-12-31' }, [])).toHaveLength(maxSeriesMonths);
  });
});

describe('summariseFigures', () => {
  it('adds the Kanpur figure up: 36 units, 31 blood + 5 plasma, from 21 citizens and 15 police personnel', () => {
    const rows = [
      row({ product: 'whole_blood', category: 'citizen', units: 18, donations: 18, month: '2021-04' }),
      row({ product: 'plasma', category: 'citizen', units: 3, donations: 3, month: '2021-05' }),
      row({ product: 'whole_blood', category: 'police', units: 13, donations: 13, month: '2021-05' }),
      row({ product: 'plasma', category: 'police', units: 2, donations: 2, month: '2021-06' }),
    ];
    const summary = summariseFigures(
      rows,
      [
        { organisationId: kanpur.organisationId, category: 'citizen', donors: 21 },
        { organisationId: kanpur.organisationId, category: 'police', donors: 15 },
      ],
      { from: '2021-01-01', to: '2021-12-31' },
    );
    expect(summary.totals).toEqual({
      units: 36,
      donations: 36,
      donors: 36,
      unitsByProduct: { whole_blood: 31, platelets: 0, plasma: 5 },
      unitsByCategory: {
        citizen: 21,
        police: 15,
        ngo_volunteer: 0,
        party_volunteer: 0,
        staff: 0,
        family_replacement: 0,
      },
      donorsByCategory: {
        citizen: 21,
        police: 15,
        ngo_volunteer: 0,
        party_volunteer: 0,
        staff: 0,
        family_replacement: 0,
      },
    });
    expect(summary.organisations).toEqual([{ id: 'org-kanpur', name: 'Kanpur police', ...summary.totals }]);
    expect(summary.monthly).toHaveLength(12);
    expect(summary.monthly.find((m) => m.month === '2021-05')).toEqual({
      month: '2021-05',
      units: 16,
      unitsByProduct: { whole_blood: 13, platelets: 0, plasma: 3 },
    });
    expect(summary.monthly.reduce((sum, m) => sum + m.units, 0)).toBe(36);
  });

  it('keeps units and donors apart: a donor who gave twice is one donor, a double unit two units', () => {
    const summary = summariseFigures(
      [row({ units: 3, donations: 2 })],
      [{ organisationId: kanpur.organisationId, category: 'citizen', donors: 1 }],
      { from: null, to: '2021-05-31' },
    );
    expect(summary.totals).toMatchObject({ units: 3, donations: 2, donors: 1 });
  });

  it('lists organisations by units, most first, then by name; one without donations is not listed', () => {
    const summary = summariseFigures(
      [
        row({ units: 2, donations: 2 }),
        row({ ...prayagraj, units: 5, donations: 5, product: 'platelets', category: 'ngo_volunteer' }),
        row({ organisationId: 'org-a', organisationName: 'Aarogya', units: 2, donations: 2 }),
      ],
      [
        { organisationId: kanpur.organisationId, category: 'citizen', donors: 2 },
        { organisationId: prayagraj.organisationId, category: 'ngo_volunteer', donors: 4 },
        { organisationId: 'org-a', category: 'citizen', donors: 2 },
      ],
      { from: '2021-05-01', to: '2021-05-31' },
    );
    expect(summary.organisations.map((o) => [o.name, o.units, o.donors])).toEqual([
      ['Police Mitra Prayagraj', 5, 4],
      ['Aarogya', 2, 2],
      ['Kanpur police', 2, 2],
    ]);
    expect(summary.totals).toMatchObject({ units: 9, donors: 8 });
    expect(summary.totals.unitsByProduct).toEqual({ whole_blood: 4, platelets: 5, plasma: 0 });
  });

  it('adds up to zero, with an empty series, when nothing was given and no start was asked for', () => {
    const summary = summariseFigures([], [], { from: null, to: '2026-12-06' });
    expect(summary.totals).toMatchObject({ units: 0, donations: 0, donors: 0 });
    expect(summary.organisations).toEqual([]);
    expect(summary.monthly).toEqual([]);
  });
});
