import { describe, expect, it } from 'vitest';
import { durationParts, minutesSince } from './duration';

describe('durationParts', () => {
  it.each([
    [0, { unit: 'lessThanMinute' }],
    [0.9, { unit: 'lessThanMinute' }],
    [1, { unit: 'minutes', minutes: 1 }],
    [23, { unit: 'minutes', minutes: 23 }],
    [60, { unit: 'hours', hours: 1, minutes: 0 }],
    [125, { unit: 'hours', hours: 2, minutes: 5 }],
    [24 * 60 + 61, { unit: 'days', days: 1, hours: 1 }],
    [-5, { unit: 'lessThanMinute' }],
  ])('%d minutes', (minutes, parts) => {
    expect(durationParts(minutes)).toEqual(parts);
  });
});

describe('minutesSince', () => {
  const now = Date.parse('2021-05-01T10:30:00Z');
  it('counts whole minutes', () => {
    expect(minutesSince('2021-05-01T10:06:59Z', now)).toBe(23);
  });
  it('never goes negative, and survives a bad date', () => {
    expect(minutesSince('2021-05-01T10:31:00Z', now)).toBe(0);
    expect(minutesSince('not a date', now)).toBe(0);
  });
});
