import { describe, expect, it } from 'vitest';
import {
  onTimeGraceDays,
  summariseCamps,
  summariseCare,
  summariseTransfusions,
  timelinessOf,
  type CampFigureRow,
  type TransfusionFigureRow,
} from './report.js';

const period = { from: '2026-03-01', to: '2026-04-30' };

function camp(over: Partial<CampFigureRow>): CampFigureRow {
  return {
    id: over.id ?? 'c1',
    title: 'Camp',
    venue: 'Police Lines, Kanpur',
    day: '2026-03-15',
    state: 'held',
    targetUnits: 50,
    registered: 12,
    came: 12,
    donated: 10,
    deferred: 2,
    unitsCollected: 10,
    ...over,
  };
}

const due = (dueOn: string, state: TransfusionFigureRow['state'], doneOn: string | null = null, patientId = 'p1') => ({
  patientId,
  dueOn,
  state,
  doneOn,
});

describe('timeliness of a transfusion', () => {
  it('is on time when done on or before the due day plus the grace, late after it', () => {
    expect(onTimeGraceDays).toBe(2);
    expect(timelinessOf(due('2026-03-10', 'done', '2026-03-08'), '2026-04-01')).toBe('on_time');
    expect(timelinessOf(due('2026-03-10', 'done', '2026-03-10'), '2026-04-01')).toBe('on_time');
    expect(timelinessOf(due('2026-03-10', 'done', '2026-03-12'), '2026-04-01')).toBe('on_time');
    expect(timelinessOf(due('2026-03-10', 'done', '2026-03-13'), '2026-04-01')).toBe('late');
    // Across a month's end.
    expect(timelinessOf(due('2026-03-31', 'done', '2026-04-02'), '2026-04-10')).toBe('on_time');
    expect(timelinessOf(due('2026-03-31', 'done', '2026-04-03'), '2026-04-10')).toBe('late');
  });

  it('is missed when marked so, overdue when still open after the grace, pending within it; cancelled is not due', () => {
    expect(timelinessOf(due('2026-03-10', 'missed'), '2026-03-11')).toBe('missed');
    expect(timelinessOf(due('2026-03-10', 'covered'), '2026-03-12')).toBe('pending');
    expect(timelinessOf(due('2026-03-10', 'planned'), '2026-03-13')).toBe('overdue');
    expect(timelinessOf(due('2026-03-10', 'cancelled'), '2026-05-01')).toBeUndefined();
    expect(timelinessOf(due('2026-03-10', 'planned'), '2026-03-11', 0)).toBe('overdue');
  });
});

describe('transfusions and children served in a period', () => {
  it('counts the transfusions due in the period and the share met on time among those decided', () => {
    const rows: TransfusionFigureRow[] = [
      due('2026-03-01', 'done', '2026-03-01', 'a'),
      due('2026-03-22', 'done', '2026-03-25', 'a'), // late
      due('2026-04-12', 'done', '2026-04-12', 'a'),
      due('2026-03-05', 'done', '2026-03-06', 'b'),
      due('2026-04-02', 'missed', null, 'b'),
      due('2026-04-20', 'planned', null, 'b'), // overdue on 2026-04-29
      due('2026-04-28', 'covered', null, 'c'), // pending
      due('2026-04-10', 'cancelled', null, 'c'),
      due('2026-05-03', 'covered', null, 'c'), // after the period
      due('2026-02-27', 'done', '2026-03-01', 'd'), // due before, done in the period: d was served
    ];
    const { transfusions, childrenServed } = summariseTransfusions(rows, period, '2026-04-29');
    expect(transfusions).toEqual({
      due: 7,
      onTime: 3,
      late: 1,
      missed: 1,
      overdue: 1,
      pending: 1,
      onTimePercent: 50,
      graceDays: 2,
    });
    expect(childrenServed).toBe(3);
  });

  it('gives no share when nothing is decided, and counts everything up to the end without a start', () => {
    const open = summariseTransfusions([due('2026-04-29', 'covered')], period, '2026-04-29');
    expect(open.transfusions).toMatchObject({ due: 1, pending: 1, onTimePercent: null });
    expect(open.childrenServed).toBe(0);
    const since = summariseTransfusions(
      [due('2020-01-01', 'done', '2020-01-01'), due('2026-05-01', 'done', '2026-05-01')],
      { from: null, to: '2026-04-30' },
      '2026-05-02',
    );
    expect(since.transfusions).toMatchObject({ due: 1, onTime: 1, onTimePercent: 100 });
    expect(since.childrenServed).toBe(1);
    expect(summariseTransfusions([], period, '2026-04-29').transfusions.onTimePercent).toBeNull();
  });
});

describe('camps held in a period', () => {
  it('adds up held camps of the period, latest first, leaving planned, cancelled and other periods out', () => {
    const figures = summariseCamps(
      [
        camp({ id: 'a', day: '2026-03-15', targetUnits: 50, unitsCollected: 10 }),
        camp({ id: 'b', day: '2026-04-20', targetUnits: 30, unitsCollected: 31, registered: 40, came: 35 }),
        camp({ id: 'c', day: '2026-04-25', state: 'planned' }),
        camp({ id: 'd', day: '2026-04-01', state: 'cancelled' }),
        camp({ id: 'e', day: '2026-05-02' }),
      ],
      period,
    );
    expect(figures).toMatchObject({
      held: 2,
      targetUnits: 80,
      unitsCollected: 41,
      registered: 52,
      came: 47,
      donated: 20,
      deferred: 4,
    });
    expect(figures.list.map((c) => c.id)).toEqual(['b', 'a']);
    expect(figures.list[0]).not.toHaveProperty('state');
  });

  it('is zero everywhere for no camps, and summariseCare puts camps, children and transfusions together', () => {
    const care = summariseCare([], [], period, '2026-04-29');
    expect(care).toEqual({
      camps: { held: 0, targetUnits: 0, unitsCollected: 0, registered: 0, came: 0, donated: 0, deferred: 0, list: [] },
      childrenServed: 0,
      transfusions: {
        due: 0,
        onTime: 0,
        late: 0,
        missed: 0,
        overdue: 0,
        pending: 0,
        onTimePercent: null,
        graceDays: 2,
      },
    });
  });
});
