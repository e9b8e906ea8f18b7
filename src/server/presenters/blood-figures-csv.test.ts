import { describe, expect, it } from 'vitest';
import { summariseFigures } from '../domain/blood/figures.js';
import { summariseCare } from '../domain/thalassemia/report.js';
import { bloodFiguresCsv, bloodFiguresFileName, csvCell } from './blood-figures-csv.js';

describe('the blood figures as CSV', () => {
  it('quotes cells with commas, quotes or line breaks and keeps typed text from running as a formula', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(31)).toBe('31');
    expect(csvCell('Police Lines, Kanpur')).toBe('"Police Lines, Kanpur"');
    expect(csvCell('the "big" camp')).toBe('"the ""big"" camp"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('पुलिस लाइन्स')).toBe('पुलिस लाइन्स');
  });

  it('writes one figure a row from the same answer the API gives, with a byte-order mark and CRLF', () => {
    const period = { from: '2021-04-01', to: '2021-05-31' };
    const figures = {
      period,
      organisationId: null,
      district: null,
      ...summariseFigures(
        [
          {
            organisationId: 'o',
            organisationName: 'Kanpur Nagar Police Commissionerate',
            month: '2021-04',
            product: 'whole_blood',
            category: 'police',
            units: 15,
            donations: 15,
          },
        ],
        [{ organisationId: 'o', category: 'police', donors: 15 }],
        period,
      ),
      care: summariseCare(
        [
          {
            id: 'c',
            title: 'रक्तदान शिविर',
            venue: 'पुलिस लाइन्स, कानपुर',
            day: '2021-05-02',
            state: 'held',
            targetUnits: 40,
            registered: 12,
            came: 12,
            donated: 10,
            deferred: 2,
            unitsCollected: 10,
          },
        ],
        [],
        period,
        '2021-06-01',
      ),
      choices: [],
    };
    const csv = bloodFiguresCsv(figures);
    expect(csv.startsWith('\ufeffsection,item,value\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toContain('units,total,15');
    expect(lines).toContain('units_by_category,police,15');
    expect(lines).toContain('units_by_organisation,Kanpur Nagar Police Commissionerate,15');
    expect(lines).toContain('units_by_month,2021-04,15');
    expect(lines).toContain('units_by_month,2021-05,0');
    expect(lines).toContain('camps,held,1');
    expect(lines).toContain('camp_units_collected,"2021-05-02 रक्तदान शिविर (पुलिस लाइन्स, कानपुर)",10');
    expect(lines).toContain('transfusions,on_time_percent,');
    expect(lines.every((line) => line.split(',').length >= 3)).toBe(true);
    expect(bloodFiguresFileName(figures)).toBe('blood-figures-2021-04-01-to-2021-05-31.csv');
    expect(bloodFiguresFileName({ period: { from: null, to: '2021-05-31' } })).toBe(
      'blood-figures-start-to-2021-05-31.csv',
    );
  });
});
