import { describe, expect, it } from 'vitest';
import { summariseLending, type ItemCountRow, type LoanRow } from './figures.js';

const now = new Date('2021-05-20T06:30:00Z'); // 12:00 in Kolkata, 20 May
const day = (d: string) => new Date(`${d}T04:30:00Z`); // 10:00 in Kolkata

const loan = (over: Partial<LoanRow>): LoanRow => ({
  status: 'active',
  startedAt: day('2021-05-15'),
  returnedAt: null,
  dueOn: '2021-05-22',
  patientKey: 'p1',
  minutesToHandOver: null,
  ...over,
});

describe('lending figures', () => {
  it('items by status per depot and in all', () => {
    const rows: ItemCountRow[] = [
      { depotId: 'u', depotName: 'Unnao police line', status: 'available', count: 8 },
      { depotId: 'k', depotName: 'Kanpur office', status: 'available', count: 12 },
      { depotId: 'k', depotName: 'Kanpur office', status: 'lent', count: 5 },
      { depotId: 'k', depotName: 'Kanpur office', status: 'lost', count: 1 },
    ];
    const figures = summariseLending(rows, [], now);
    expect(figures.items).toMatchObject({ available: 20, lent: 5, lost: 1, empty: 0, total: 26 });
    expect(figures.depots.map((d) => [d.name, d.total, d.items.available])).toEqual([
      ['Kanpur office', 18, 12],
      ['Unnao police line', 8, 8],
    ]);
    expect(figures.itemsLost).toBe(1);
  });

  it('loans out, overdue (by the Kolkata day), returned, lost; cancelled loans count for nothing', () => {
    const figures = summariseLending(
      [],
      [
        loan({ dueOn: '2021-05-22' }),
        loan({ dueOn: '2021-05-20', patientKey: 'p2' }), // due today: not overdue yet
        loan({ dueOn: '2021-05-19', patientKey: 'p3' }), // overdue
        loan({ status: 'returned', returnedAt: day('2021-05-22'), patientKey: 'p1' }),
        loan({ status: 'lost', patientKey: 'p4' }),
        loan({ status: 'cancelled', patientKey: 'p5' }),
      ],
      now,
    );
    expect(figures).toMatchObject({ loansOut: 3, overdue: 1, returned: 1, loansLost: 1, patientsServed: 4 });
  });

  it('average loan days over returned loans; none yet is null', () => {
    const figures = summariseLending(
      [],
      [
        loan({ status: 'returned', startedAt: day('2021-05-01'), returnedAt: day('2021-05-08') }),
        loan({ status: 'returned', startedAt: day('2021-05-01'), returnedAt: day('2021-05-06') }),
      ],
      now,
    );
    expect(figures.averageLoanDays).toBe(6);
    expect(summariseLending([], [loan({})], now).averageLoanDays).toBeNull();
  });

  it('the median minutes from the first message to the hand-over', () => {
    const minutes = (list: Array<number | null>) =>
      summariseLending(
        [],
        list.map((m, i) => loan({ minutesToHandOver: m, patientKey: `p${i}` })),
        now,
      ).medianMinutesToHandOver;
    expect(minutes([30, 10, 200])).toBe(30);
    expect(minutes([30, 10, null, 21, 200])).toBe(26);
    expect(minutes([null])).toBeNull();
  });
});
