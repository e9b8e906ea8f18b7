import { describe, expect, it } from 'vitest';
import {
  coverage,
  donationSlots,
  donationsPerYear,
  poolSizeNeeded,
  rosterDefaults,
  wholeBloodGapDays,
} from './pool-size.js';

describe('pool size', () => {
  it('takes a year of whole blood from the eligibility rules: 4 for men, 3 for women', () => {
    expect(wholeBloodGapDays('male')).toBe(90);
    expect(wholeBloodGapDays('female')).toBe(120);
    expect(wholeBloodGapDays(null)).toBe(120);
    expect(donationsPerYear('male')).toBe(4);
    expect(donationsPerYear('female')).toBe(3);
    expect(rosterDefaults.responseRate).toBe(0.6);
  });

  it('is units a year ÷ (donations per donor a year × response rate), rounded up', () => {
    // 365 / 14 ≈ 26 units a year; ÷ (4 × 0.6) → 10.86 → 11
    expect(poolSizeNeeded({ intervalDays: 14, unitsPerTransfusion: 1 })).toBe(11);
    // 365 / 28 × 2 ≈ 26.07 units; women only: ÷ (3 × 0.6) → 14.5 → 15
    expect(poolSizeNeeded({ intervalDays: 28, unitsPerTransfusion: 2, donationsPerDonorPerYear: 3 })).toBe(15);
    // 365 / 30 ≈ 12.2 units ÷ (4 × 1) → 3.04 → 4
    expect(poolSizeNeeded({ intervalDays: 30, unitsPerTransfusion: 1, responseRate: 1 })).toBe(4);
    // exactly 24 units ÷ 2.4 is 10, not 11
    expect(poolSizeNeeded({ intervalDays: 365 / 24, unitsPerTransfusion: 1 })).toBe(10);
    expect(() => poolSizeNeeded({ intervalDays: 0, unitsPerTransfusion: 1 })).toThrow(RangeError);
    expect(() => poolSizeNeeded({ intervalDays: 21, unitsPerTransfusion: 1, responseRate: 0 })).toThrow(RangeError);
  });
});

describe('coverage of the next three months', () => {
  const patient = { intervalDays: 21, unitsPerTransfusion: 1, lastTransfusionOn: '2027-01-01' };
  const today = '2027-01-05';
  const man = (eligibleWholeBloodFrom: string | null, lastDonatedOn: string | null = null) => ({
    sex: 'male' as const,
    eligibleWholeBloodFrom,
    lastDonatedOn,
  });

  it('counts a donor once per whole-blood gap on the child’s days', () => {
    const days = ['2027-01-22', '2027-02-12', '2027-03-05', '2027-03-26', '2027-04-16', '2027-05-07'];
    expect(donationSlots(man('2027-01-05'), days)).toBe(2); // 22 Jan, then the first day 90 days later: 7 May (16 Apr is 84 days)
    expect(donationSlots({ sex: 'female', eligibleWholeBloodFrom: '2027-01-05' }, days)).toBe(1);
    expect(donationSlots(man('2027-03-01'), days)).toBe(1);
    expect(donationSlots(man(null), days)).toBe(0);
    expect(donationSlots(man('2027-01-05', '2026-12-01'), days)).toBe(1); // the 90 days end 1 Mar
  });

  it('a full pool covers the horizon: no warning', () => {
    const pool = Array.from({ length: 9 }, () => man(today));
    const c = coverage({ patient, pool, today });
    expect(c.transfusions).toEqual(['2027-01-22', '2027-02-12', '2027-03-05', '2027-03-26']);
    expect(c.unitsNeeded).toBe(4);
    expect(c.poolSizeNeeded).toBe(8); // 365 / 21 ≈ 17.4 units ÷ 2.4
    expect(c).toMatchObject({ missingDonors: 0, warning: false, donorsAvailable: 9 });
  });

  it('is exactly the pool the formula needs: one donor fewer is one missing, the formula’s number is enough', () => {
    const pool = (n: number) => Array.from({ length: n }, () => man(today));
    expect(coverage({ patient, pool: pool(8), today })).toMatchObject({ missingDonors: 0, warning: false });
    expect(coverage({ patient, pool: pool(7), today })).toMatchObject({ missingDonors: 1, warning: true });
    // Two units every four weeks (the demo's Pari): 26.07 units a year ÷ 2.4 → 11; 8 donors → 3 missing.
    const pari = { intervalDays: 28, unitsPerTransfusion: 2, lastTransfusionOn: '2027-01-01' };
    expect(coverage({ patient: pari, pool: pool(8), today })).toMatchObject({
      poolSizeNeeded: 11,
      donorsAvailable: 8,
      missingDonors: 3,
    });
    expect(coverage({ patient: pari, pool: pool(11), today }).warning).toBe(false);
  });

  it('warns and says how many donors are missing when the pool cannot cover three months', () => {
    // 3 donors, one of them deferred by a centre past the horizon: 2 can give, the rhythm needs 8
    const pool = [man(today), man(today), man('2027-06-01')];
    const c = coverage({ patient, pool, today });
    expect(c.unitsNeeded).toBe(4);
    expect(c.warning).toBe(true);
    expect(c.donorsAvailable).toBe(2);
    expect(c.missingDonors).toBe(6);
    // adding them covers it; the deferred donor still does not count
    const fuller = coverage({ patient, pool: [...pool, ...Array.from({ length: 6 }, () => man(today))], today });
    expect(fuller).toMatchObject({ donorsAvailable: 8, missingDonors: 0, warning: false });
  });

  it('counts a donor eligible on the last day of the horizon, not one eligible the day after it', () => {
    const seven = Array.from({ length: 7 }, () => man(today));
    // The last transfusion in the horizon is 26 March.
    expect(coverage({ patient, pool: [...seven, man('2027-03-26')], today }).missingDonors).toBe(0);
    expect(coverage({ patient, pool: [...seven, man('2027-03-27')], today }).missingDonors).toBe(1);
    // Resting from their own last donation is the rotation the formula counts; a longer deferral is not.
    const rested = { sex: 'male' as const, lastDonatedOn: '2027-01-01', eligibleWholeBloodFrom: '2027-04-01' };
    expect(coverage({ patient, pool: [...seven, rested], today }).missingDonors).toBe(0);
    const deferred = { ...rested, eligibleWholeBloodFrom: '2027-04-02' };
    expect(coverage({ patient, pool: [...seven, deferred], today }).missingDonors).toBe(1);
    // No eligible day known: never counts.
    expect(coverage({ patient, pool: [...seven, man(null)], today }).missingDonors).toBe(1);
  });

  it('an empty pool misses every donor the child needs; two units a transfusion need twice as many', () => {
    const empty = coverage({ patient, pool: [], today });
    expect(empty.missingDonors).toBe(empty.poolSizeNeeded);
    expect(empty.missingDonors).toBe(8);
    // 365 / 21 × 2 ≈ 34.8 units ÷ 2.4 → 15
    expect(coverage({ patient: { ...patient, unitsPerTransfusion: 2 }, pool: [], today }).missingDonors).toBe(15);
  });

  it('a child whose care ended needs no pool', () => {
    expect(coverage({ patient, pool: [], today, ended: true })).toMatchObject({ missingDonors: 0, warning: false });
  });

  it('a paused calendar with no day in the horizon needs nobody', () => {
    const c = coverage({
      patient: { ...patient, intervalDays: 120, lastTransfusionOn: '2027-01-04' },
      pool: [],
      today,
      horizonDays: 91,
    });
    expect(c.transfusions).toEqual([]);
    expect(c).toMatchObject({ unitsNeeded: 0, missingDonors: 0, warning: false });
  });
});
