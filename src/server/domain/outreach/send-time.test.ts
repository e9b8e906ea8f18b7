import { describe, expect, it } from 'vitest';
import { inQuietHours, inWindow, kolkataMinuteOfDay, quietHoursEnd, sendAfter } from './send-time.js';

/** An instant given as Kolkata wall time. */
const ist = (wall: string) => new Date(`${wall}+05:30`);
const quiet = { from: 22, to: 7 };
const base = { critical: false, quietHours: quiet, contactFrom: 420, contactTo: 1320 };

describe('send time', () => {
  it('reads the Kolkata minute of the day', () => {
    expect(kolkataMinuteOfDay(ist('2026-03-01T00:00:00'))).toBe(0);
    expect(kolkataMinuteOfDay(ist('2026-03-01T21:59:59'))).toBe(21 * 60 + 59);
    expect(kolkataMinuteOfDay(new Date('2026-03-01T18:30:00Z'))).toBe(0);
  });

  it('knows windows that span midnight, and empty ones', () => {
    expect(inWindow(23 * 60, 1320, 420)).toBe(true);
    expect(inWindow(6 * 60 + 59, 1320, 420)).toBe(true);
    expect(inWindow(7 * 60, 1320, 420)).toBe(false);
    expect(inWindow(10, 600, 600)).toBe(false);
  });

  it('quiet hours run from 22:00 to 06:59 and end at 07:00', () => {
    expect(inQuietHours(ist('2026-03-01T21:59:00'), quiet)).toBe(false);
    expect(inQuietHours(ist('2026-03-01T22:00:00'), quiet)).toBe(true);
    expect(inQuietHours(ist('2026-03-02T06:59:00'), quiet)).toBe(true);
    expect(inQuietHours(ist('2026-03-02T07:00:00'), quiet)).toBe(false);
    expect(quietHoursEnd(ist('2026-03-01T23:10:00'), quiet)).toEqual(ist('2026-03-02T07:00:00'));
    expect(quietHoursEnd(ist('2026-03-02T03:00:00'), quiet)).toEqual(ist('2026-03-02T07:00:00'));
    expect(quietHoursEnd(ist('2026-03-02T12:00:00'), quiet)).toEqual(ist('2026-03-02T12:00:00'));
    expect(inQuietHours(ist('2026-03-02T03:00:00'), { from: 5, to: 5 })).toBe(false);
  });

  it('sends at once by day, at 07:00 by night, and at once at night for a critical case', () => {
    expect(sendAfter({ ...base, now: ist('2026-03-01T12:00:00') })).toBeNull();
    expect(sendAfter({ ...base, now: ist('2026-03-01T22:00:00') })).toEqual(ist('2026-03-02T07:00:00'));
    expect(sendAfter({ ...base, now: ist('2026-03-02T06:59:30') })).toEqual(ist('2026-03-02T07:00:00'));
    expect(sendAfter({ ...base, now: ist('2026-03-01T23:30:00'), critical: true })).toBeNull();
  });

  it('waits for the donor’s own contact hours, within the day', () => {
    const evenings = { ...base, contactFrom: 18 * 60, contactTo: 21 * 60 };
    expect(sendAfter({ ...evenings, now: ist('2026-03-01T09:00:00') })).toEqual(ist('2026-03-01T18:00:00'));
    expect(sendAfter({ ...evenings, now: ist('2026-03-01T21:30:00') })).toEqual(ist('2026-03-02T18:00:00'));
    expect(sendAfter({ ...evenings, now: ist('2026-03-01T19:00:00') })).toBeNull();
    const anyTime = { ...base, contactFrom: 0, contactTo: 0 };
    expect(sendAfter({ ...anyTime, now: ist('2026-03-01T23:00:00') })).toEqual(ist('2026-03-02T07:00:00'));
    expect(sendAfter({ ...anyTime, now: ist('2026-03-01T08:00:00') })).toBeNull();
  });

  it('asks a donor reachable only at night when the quiet hours end', () => {
    const nights = { ...base, contactFrom: 23 * 60, contactTo: 60 };
    expect(sendAfter({ ...nights, now: ist('2026-03-01T23:30:00') })).toEqual(ist('2026-03-02T07:00:00'));
    const overlap = { ...base, contactFrom: 21 * 60, contactTo: 8 * 60 };
    expect(sendAfter({ ...overlap, now: ist('2026-03-01T12:00:00') })).toEqual(ist('2026-03-01T21:00:00'));
    expect(sendAfter({ ...overlap, now: ist('2026-03-01T23:00:00') })).toEqual(ist('2026-03-02T07:00:00'));
  });
});
