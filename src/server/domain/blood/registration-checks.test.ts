import { describe, expect, it } from 'vitest';
import { registrationProblems } from './registration-checks.js';

// 20:00 UTC on 6 March is already 7 March in Kolkata, the day the rules count.
const now = new Date('2026-03-06T20:00:00Z');
const adult = { dateOfBirth: '1990-01-01', weightBand: '>55' as const };

describe('registrationProblems', () => {
  it('takes a last donation on the Kolkata day itself', () => {
    expect(registrationProblems({ ...adult, lastDonation: '2026-03-07' }, now)).toEqual([]);
  });
  it('refuses a last donation on a day still to come, naming the field', () => {
    expect(registrationProblems({ ...adult, lastDonation: '2026-03-08' }, now)).toEqual([
      { field: 'lastDonation', code: 'date_in_future' },
    ]);
  });
  it('takes no last donation', () => {
    expect(registrationProblems({ ...adult, lastDonation: null }, now)).toEqual([]);
    expect(registrationProblems(adult, now)).toEqual([]);
  });
  it('refuses a date of birth in the future as a day still to come, not as the age rule', () => {
    expect(registrationProblems({ ...adult, dateOfBirth: '2030-01-01' }, now)).toEqual([
      { field: 'dateOfBirth', code: 'date_in_future' },
    ]);
  });
});
