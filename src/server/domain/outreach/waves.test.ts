import { describe, expect, it } from 'vitest';
import { defaultBloodPolicy } from '../blood/blood-policy.js';
import { fatigue, fatigueWindowStart } from './fatigue.js';
import { nextWaveAt, nextWaveStep, waveRadiusKm, waveSize } from './waves.js';

const ist = (wall: string) => new Date(`${wall}+05:30`);
const policy = defaultBloodPolicy;

describe('waves', () => {
  it('start at the policy radius and step out to its furthest', () => {
    expect([1, 2, 3, 4, 5, 6, 9].map((w) => waveRadiusKm(w, policy))).toEqual([10, 20, 30, 40, 50, 50, 50]);
    expect(waveRadiusKm(0, policy)).toBe(10);
  });

  it('ask at most K per unit still needed, less those awaiting an answer', () => {
    expect(waveSize({ asksPerUnit: 3, unitsStillNeeded: 2, awaitingAnswer: 0 })).toBe(6);
    expect(waveSize({ asksPerUnit: 3, unitsStillNeeded: 2, awaitingAnswer: 4 })).toBe(2);
    expect(waveSize({ asksPerUnit: 3, unitsStillNeeded: 1, awaitingAnswer: 5 })).toBe(0);
    expect(waveSize({ asksPerUnit: 3, unitsStillNeeded: -1, awaitingAnswer: 0 })).toBe(0);
  });

  it('widen after 10 minutes for a critical case and an hour otherwise; not through the night', () => {
    const noon = ist('2026-03-01T12:00:00');
    expect(nextWaveAt(noon, 'critical', policy)).toEqual(ist('2026-03-01T12:10:00'));
    expect(nextWaveAt(noon, 'high', policy)).toEqual(ist('2026-03-01T13:00:00'));
    expect(nextWaveAt(noon, 'normal', policy)).toEqual(ist('2026-03-01T13:00:00'));
    const night = ist('2026-03-01T23:00:00');
    expect(nextWaveAt(night, 'normal', policy)).toEqual(ist('2026-03-02T08:00:00'));
    expect(nextWaveAt(night, 'critical', policy)).toEqual(ist('2026-03-01T23:10:00'));
  });

  it('step a running outreach only when its time has come and units are still needed', () => {
    const run = { state: 'running' as const, wave: 1, radiusKm: 10, nextWaveAt: ist('2026-03-01T12:10:00') };
    const at = (wall: string, unitsStillNeeded = 1) => ({ now: ist(wall), unitsStillNeeded, policy });
    expect(nextWaveStep(run, at('2026-03-01T12:09:59'))).toEqual({ kind: 'wait' });
    expect(nextWaveStep(run, at('2026-03-01T12:10:00'))).toEqual({ kind: 'next', wave: 2, radiusKm: 20 });
    expect(nextWaveStep(run, at('2026-03-01T12:10:00', 0))).toEqual({ kind: 'done' });
    expect(nextWaveStep({ ...run, state: 'stopped' }, at('2026-03-01T13:00:00'))).toEqual({ kind: 'wait' });
    expect(nextWaveStep({ ...run, nextWaveAt: null }, at('2026-03-01T13:00:00'))).toEqual({ kind: 'wait' });
    expect(nextWaveStep({ ...run, wave: 7, radiusKm: 50 }, at('2026-03-01T13:00:00'))).toEqual({
      kind: 'next',
      wave: 8,
      radiusKm: 50,
    });
  });
});

describe('fatigue', () => {
  const now = ist('2026-03-31T12:00:00');
  it('is reached at N asks in 30 days', () => {
    expect(fatigue(1, ist('2026-03-29T12:00:00'), now, policy)).toEqual({
      fatigued: false,
      count: 1,
      limit: 2,
      days: 30,
      lastAskedDays: 2,
    });
    expect(fatigue(2, ist('2026-03-30T11:00:00'), now, policy)).toMatchObject({ fatigued: true, lastAskedDays: 1 });
    expect(fatigue(0, null, now, { maxAsksPer30Days: 1 })).toMatchObject({ fatigued: false, lastAskedDays: null });
    expect(fatigue(1, null, now, { maxAsksPer30Days: 1 }).fatigued).toBe(true);
  });
  it('counts from 30 days before now', () => {
    expect(fatigueWindowStart(now)).toEqual(ist('2026-03-01T12:00:00'));
  });
});
