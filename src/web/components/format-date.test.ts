import { describe, expect, it } from 'vitest';
import { dateTimeFormat } from './format-date';

const evening = new Date('2026-12-06T15:34:00Z');
const inIndia = { timeZone: 'Asia/Kolkata' } as const;

describe('dateTimeFormat', () => {
  it('writes Hindi times on the 24-hour clock, with no Latin day period', () => {
    const text = dateTimeFormat('hi', { dateStyle: 'medium', timeStyle: 'short', ...inIndia }).format(evening);
    expect(text).toContain('21:04');
    expect(text).not.toMatch(/[ap]\.?m\.?/i);
    expect(text).toMatch(/[\u0900-\u097F]/);
    expect(dateTimeFormat('hi', { timeStyle: 'short', ...inIndia }).format(evening)).toBe('21:04');
  });

  it("keeps en-IN's own 12-hour clock on English pages", () => {
    expect(dateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', ...inIndia }).format(evening)).toBe(
      '6 Dec 2026, 9:04 pm',
    );
  });

  it('leaves dates without a time alone', () => {
    expect(dateTimeFormat('hi', { dateStyle: 'medium', ...inIndia }).format(evening)).toBe('6 दिस॰ 2026');
  });

  it("writes India's time whatever the device's zone (20:11 UTC is 01:41 the next day in India)", () => {
    const lateUtc = new Date('2026-12-07T20:11:00Z');
    expect(dateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(lateUtc)).toBe(
      '8 Dec 2026, 1:41 am',
    );
    // A calendar day held as a date is still read in the zone asked for.
    expect(dateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(lateUtc)).toBe('7 Dec 2026');
  });
});
