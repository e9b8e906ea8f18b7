import { describe, expect, it } from 'vitest';
import type { TransfusionBookingState } from '../../../shared/enums.js';
import { transfusionBookingStates } from '../../../shared/enums.js';
import {
  holdingBeforeWindow,
  holdingWithinWindow,
  hoursUntilDay,
  isWithinShortfallWindow,
  unitsShort,
  unitsShortOfCounts,
} from './units-short.js';

const day = '2026-03-20';
// The day starts at 2026-03-19T18:30:00Z (midnight in Kolkata).
const startOfDay = Date.parse('2026-03-19T18:30:00Z');
const hoursBefore = (h: number) => new Date(startOfDay - h * 3_600_000);
const bookings = (...states: TransfusionBookingState[]) => states.map((state) => ({ state }));

describe('units a transfusion is short', () => {
  it('measures hours to the start of the day in Kolkata', () => {
    expect(hoursUntilDay(day, hoursBefore(72))).toBe(72);
    expect(hoursUntilDay(day, hoursBefore(-5))).toBe(-5);
  });

  it('counts booked donors before the window and only confirmed ones within it; exactly 72 h is within', () => {
    const state = bookings('confirmed', 'booked', 'declined');
    const at = (now: Date) => unitsShort({ unitsNeeded: 3, bookings: state, now, day });
    expect(at(new Date(hoursBefore(72).getTime() - 1))).toBe(1);
    expect(isWithinShortfallWindow(day, hoursBefore(72))).toBe(true);
    expect(at(hoursBefore(72))).toBe(2);
    expect(at(new Date(hoursBefore(72).getTime() + 1))).toBe(2);
    expect(at(hoursBefore(1))).toBe(2);
    // On the day itself (and after it began) still only confirmations count.
    expect(at(hoursBefore(-3))).toBe(2);
  });

  it('a donation holds a unit like a confirmation; declined, deferred, no-show and cancelled never do', () => {
    const state = bookings('donated', 'confirmed', 'declined', 'deferred', 'no_show', 'cancelled');
    for (const now of [hoursBefore(200), hoursBefore(10)]) {
      expect(unitsShort({ unitsNeeded: 4, bookings: state, now, day })).toBe(2);
    }
  });

  it('before the window: units less booked, confirmed and given', () => {
    const now = hoursBefore(100);
    expect(unitsShort({ unitsNeeded: 2, bookings: bookings('booked', 'booked'), now, day })).toBe(0);
    expect(unitsShort({ unitsNeeded: 2, bookings: bookings('booked', 'declined'), now, day })).toBe(1);
    expect(unitsShort({ unitsNeeded: 2, bookings: [], now, day })).toBe(2);
  });

  it('within the window: units less confirmed and given', () => {
    const now = hoursBefore(30);
    expect(unitsShort({ unitsNeeded: 2, bookings: bookings('booked', 'booked'), now, day })).toBe(2);
    expect(unitsShort({ unitsNeeded: 2, bookings: bookings('confirmed', 'booked'), now, day })).toBe(1);
    expect(unitsShort({ unitsNeeded: 2, bookings: bookings('confirmed', 'donated'), now, day })).toBe(0);
  });

  it('is never below nought, and follows an organisation’s own window', () => {
    const now = hoursBefore(48);
    expect(unitsShort({ unitsNeeded: 1, bookings: bookings('confirmed', 'confirmed'), now, day })).toBe(0);
    // A desk policy of 24 h: 48 h away is still before the window, so the booked donor counts.
    expect(unitsShort({ unitsNeeded: 2, bookings: bookings('confirmed', 'booked'), now, day, windowHours: 24 })).toBe(
      0,
    );
    expect(unitsShort({ unitsNeeded: 2, bookings: bookings('confirmed', 'booked'), now, day, windowHours: 48 })).toBe(
      1,
    );
  });

  it('gives the same number from counts made in SQL as from the bookings themselves', () => {
    const states = [...transfusionBookingStates];
    for (const hours of [100, 72, 71, 1]) {
      const now = hoursBefore(hours);
      for (const a of states) {
        for (const b of states) {
          const list = bookings(a, b);
          const held = (of: readonly TransfusionBookingState[]) => list.filter((x) => of.includes(x.state)).length;
          expect(
            unitsShortOfCounts({
              unitsNeeded: 2,
              heldBeforeWindow: held(holdingBeforeWindow),
              heldWithinWindow: held(holdingWithinWindow),
              now,
              day,
            }),
          ).toBe(unitsShort({ unitsNeeded: 2, bookings: list, now, day }));
        }
      }
    }
  });
});
