import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../blood/calendar.js';
import { nextTransfusionDays, transfusionDaysWithin, transfusionMissable } from './transfusion-calendar.js';

describe('a child’s transfusion calendar', () => {
  it('runs every interval from the last transfusion', () => {
    expect(
      nextTransfusionDays({ lastTransfusionOn: '2027-01-10', intervalDays: 21, today: '2027-01-20', count: 3 }),
    ).toEqual(['2027-01-31', '2027-02-21', '2027-03-14']);
  });

  it('keeps a due day that is today', () => {
    expect(
      nextTransfusionDays({ lastTransfusionOn: '2027-01-01', intervalDays: 14, today: '2027-01-15', count: 2 }),
    ).toEqual(['2027-01-15', '2027-01-29']);
  });

  it('an overdue child is due today, and the rhythm restarts from today', () => {
    expect(
      nextTransfusionDays({ lastTransfusionOn: '2026-10-01', intervalDays: 28, today: '2027-01-05', count: 3 }),
    ).toEqual(['2027-01-05', '2027-02-02', '2027-03-02']);
  });

  it('a child with no transfusion on record is due today', () => {
    expect(nextTransfusionDays({ lastTransfusionOn: null, intervalDays: 30, today: '2027-02-27', count: 2 })).toEqual([
      '2027-02-27',
      '2027-03-29',
    ]);
  });

  it('crosses months, leap days and years', () => {
    expect(
      nextTransfusionDays({ lastTransfusionOn: '2028-02-08', intervalDays: 21, today: '2028-02-10', count: 1 }),
    ).toEqual(['2028-02-29']);
    expect(
      nextTransfusionDays({ lastTransfusionOn: '2026-12-20', intervalDays: 14, today: '2026-12-21', count: 1 }),
    ).toEqual(['2027-01-03']);
  });

  it('returns nothing for a count of 0 and refuses nonsense', () => {
    expect(nextTransfusionDays({ lastTransfusionOn: null, intervalDays: 21, today: '2027-01-01', count: 0 })).toEqual(
      [],
    );
    expect(() =>
      nextTransfusionDays({ lastTransfusionOn: null, intervalDays: 0, today: '2027-01-01', count: 1 }),
    ).toThrow(RangeError);
    expect(() =>
      nextTransfusionDays({ lastTransfusionOn: '2027-02-30', intervalDays: 21, today: '2027-01-01', count: 1 }),
    ).toThrow(RangeError);
  });

  it('lists the due days within a horizon, the horizon’s last day excluded', () => {
    expect(
      transfusionDaysWithin({
        lastTransfusionOn: '2027-01-01',
        intervalDays: 30,
        today: '2027-01-01',
        horizonDays: 91,
      }),
    ).toEqual(['2027-01-31', '2027-03-02', '2027-04-01']);
    expect(
      transfusionDaysWithin({ lastTransfusionOn: null, intervalDays: 30, today: '2027-01-01', horizonDays: 90 }),
    ).toEqual(['2027-01-01', '2027-01-31', '2027-03-02']);
  });
});

describe('transfusionMissable', () => {
  const today = '2026-03-10' as IsoDay;
  it('is missable from its day on, while open; never before, never once closed', () => {
    expect(transfusionMissable({ state: 'planned', dueOn: '2026-03-11' as IsoDay }, today)).toBe(false);
    expect(transfusionMissable({ state: 'planned', dueOn: '2026-03-10' as IsoDay }, today)).toBe(true);
    expect(transfusionMissable({ state: 'covered', dueOn: '2026-03-01' as IsoDay }, today)).toBe(true);
    for (const state of ['done', 'missed', 'cancelled'] as const)
      expect(transfusionMissable({ state, dueOn: '2026-03-01' as IsoDay }, today)).toBe(false);
  });
});
