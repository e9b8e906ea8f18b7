import { describe, expect, it } from 'vitest';
import { formatDay, kolkataDay, nextEligible } from './donor-days';

describe('kolkataDay', () => {
  it('turns at midnight in India, not in UTC', () => {
    expect(kolkataDay(Date.parse('2027-02-11T18:29:59Z'))).toBe('2027-02-11');
    expect(kolkataDay(Date.parse('2027-02-11T18:30:00Z'))).toBe('2027-02-12');
  });
});

describe('formatDay', () => {
  it('writes a day of this year without the year, in the language on screen', () => {
    expect(formatDay('2027-02-12', 'en', '2027-01-05')).toBe('12 Feb');
    expect(formatDay('2027-02-12', 'hi', '2027-01-05')).toBe('12 फ़र॰');
  });

  it('adds the year to a day in another year', () => {
    expect(formatDay('2028-02-12', 'en', '2027-12-05')).toBe('12 Feb 2028');
  });

  it('keeps the calendar day whatever the time zone', () => {
    expect(formatDay('2027-03-01', 'en', '2027-01-01')).toBe('1 Mar');
  });

  it('leaves anything that is not an ISO day as it is', () => {
    expect(formatDay('soon', 'en', '2027-01-01')).toBe('soon');
  });
});

describe('nextEligible', () => {
  it('is now when the server says so, else from the day it gave, else no day', () => {
    expect(nextEligible(true, '2027-02-12')).toEqual({ kind: 'now' });
    expect(nextEligible(false, '2027-02-12')).toEqual({ kind: 'from', day: '2027-02-12' });
    expect(nextEligible(false, null)).toEqual({ kind: 'unknown' });
  });
});
