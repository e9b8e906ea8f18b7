import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, checkedDay, fullYears, kolkataDay } from './calendar.js';

describe('Kolkata calendar days', () => {
  it('a day starts at 00:00 IST, 18:30 UTC the evening before', () => {
    expect(kolkataDay(new Date('2026-02-28T18:29:59.999Z'))).toBe('2026-02-28');
    expect(kolkataDay(new Date('2026-02-28T18:30:00Z'))).toBe('2026-03-01');
    expect(() => kolkataDay(new Date('nonsense'))).toThrow(RangeError);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-01-01', 90)).toBe('2026-04-01');
    expect(addDays('2025-12-20', 14)).toBe('2026-01-03');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-08', -7)).toBe('2026-03-01');
  });

  it('adds calendar months: the same day, or the first of the next month when the day is missing', () => {
    expect(addMonths('2025-03-01', 12)).toBe('2026-03-01');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2025-08-31', 6)).toBe('2026-03-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-03-01');
    expect(addMonths('2024-01-31', 1)).toBe('2024-03-01');
    expect(addMonths('2024-01-29', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-05-01');
    expect(addYears('2024-02-29', 1)).toBe('2025-03-01');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('counts whole years of age', () => {
    expect(fullYears('2008-03-01', '2026-02-28')).toBe(17);
    expect(fullYears('2008-03-01', '2026-03-01')).toBe(18);
    expect(fullYears('2008-02-29', '2026-02-28')).toBe(17);
    expect(fullYears('2008-02-29', '2026-03-01')).toBe(18);
    expect(fullYears('2008-02-29', '2028-02-29')).toBe(20);
  });

  it('refuses what is not an ISO day', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-1-1', '01/03/2026', '']) {
      expect(() => checkedDay(bad)).toThrow(RangeError);
    }
    expect(checkedDay('2024-02-29')).toBe('2024-02-29');
  });
});
