import { describe, expect, it } from 'vitest';
import { dayMoment, kolkataDay } from './lending-days';

describe('lending days', () => {
  it('reads the day in Kolkata, not UTC', () => {
    expect(kolkataDay(new Date('2026-12-06T19:00:00Z'))).toBe('2026-12-07');
    expect(kolkataDay(new Date('2026-12-06T18:00:00Z'))).toBe('2026-12-06');
    expect(kolkataDay(new Date('2026-12-06T19:00:00Z'), 1)).toBe('2026-12-08');
  });

  it('puts a day at its Kolkata noon', () => {
    expect(new Date(dayMoment('2026-12-07')).toISOString()).toBe('2026-12-07T06:30:00.000Z');
  });
});
