import { describe, expect, it } from 'vitest';
import type { LendingFiguresView } from '../../../shared/contracts/lending-figures.js';
import { itemStatuses } from '../../../shared/enums.js';
import { depotStatusChart, statusesShown } from './lending-figure-chart';

const none = Object.fromEntries(itemStatuses.map((s) => [s, 0])) as LendingFiguresView['items'];

function figures(depots: LendingFiguresView['depots']): LendingFiguresView {
  return {
    items: none,
    itemsTotal: 0,
    depots,
    loansOut: 0,
    overdue: 0,
    returned: 0,
    averageLoanDays: null,
    patientsServed: 0,
    itemsLost: 0,
    loansLost: 0,
    medianMinutesToHandOver: null,
    asOf: '2026-12-07T00:00:00Z',
  };
}

const depot = (name: string, items: Partial<LendingFiguresView['items']>) => ({
  id: '00000000-0000-4000-8000-000000000001',
  name,
  items: { ...none, ...items },
  total: Object.values(items).reduce((a, b) => a + b, 0),
});

describe('lending figure chart', () => {
  it('stacks only the statuses some depot holds, one bar per depot in order', () => {
    const f = figures([depot('Kanpur', { available: 3, lent: 2 }), depot('Unnao', { lent: 1, lost: 1 })]);
    expect(statusesShown(f)).toEqual(['available', 'lent', 'lost']);
    const option = depotStatusChart(f, { status: (s) => `S:${s}`, fontFamily: 'x' }) as {
      yAxis: { data: string[] };
      series: { name: string; data: number[] }[];
    };
    expect(option.yAxis.data).toEqual(['Kanpur', 'Unnao']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['S:available', [3, 0]],
      ['S:lent', [2, 1]],
      ['S:lost', [0, 1]],
    ]);
  });

  it('shows every status when nothing is held', () => {
    expect(statusesShown(figures([depot('Kanpur', {})]))).toEqual([...itemStatuses]);
  });
});
