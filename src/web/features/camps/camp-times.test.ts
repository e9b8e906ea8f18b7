import { describe, expect, it } from 'vitest';
import { instantFromKolkataInput, kolkataDayOf, kolkataInputValue } from './camp-times';

describe('camp times on the Kolkata clock', () => {
  it('writes an instant as the Kolkata wall clock', () => {
    expect(kolkataInputValue('2026-12-07T04:30:00.000Z')).toBe('2026-12-07T10:00');
    // Late evening UTC is already the next day in India.
    expect(kolkataInputValue('2026-12-07T20:00:00Z')).toBe('2026-12-08T01:30');
  });

  it('reads a typed Kolkata time as the instant it is', () => {
    expect(instantFromKolkataInput('2026-12-07T10:00')).toBe('2026-12-07T04:30:00.000Z');
    expect(instantFromKolkataInput('2026-12-08T01:30')).toBe('2026-12-07T20:00:00.000Z');
  });

  it('goes round the same way', () => {
    const typed = '2027-03-31T16:45';
    expect(kolkataInputValue(instantFromKolkataInput(typed) ?? '')).toBe(typed);
  });

  it('refuses empty boxes and days that do not exist', () => {
    expect(instantFromKolkataInput('')).toBeNull();
    expect(instantFromKolkataInput('2026-06-31T10:00')).toBeNull();
    expect(instantFromKolkataInput('2026-12-07T25:00')).toBeNull();
    expect(instantFromKolkataInput('tomorrow')).toBeNull();
    expect(kolkataInputValue('not a date')).toBe('');
  });

  it('tells the Kolkata day of an instant', () => {
    expect(kolkataDayOf('2026-12-06T19:00:00Z')).toBe('2026-12-07');
    expect(kolkataDayOf('2026-12-06T18:00:00Z')).toBe('2026-12-06');
  });
});
