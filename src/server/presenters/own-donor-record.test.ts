import { describe, expect, it } from 'vitest';
import { eligibilityOn, nextEligibleDay } from './own-donor-record.js';

const ruleSet = 'NBTC-2017/DC-2020/COVID-2021-05';
const waitFor = (from: string | null) => ({
  eligible: false,
  from,
  reasons: [{ code: 'whole_blood_interval', params: { days: 90, date: from ?? '' } }],
  ruleSet,
});

describe('a donor’s own eligibility, read on a day', () => {
  it('a day that has come makes them eligible, without the reasons of the wait', () => {
    const [wholeBlood] = eligibilityOn(['whole_blood'], { whole_blood: waitFor('2026-12-01') }, '2026-12-06');
    expect(wholeBlood).toEqual({ product: 'whole_blood', eligible: true, from: '2026-12-06', reasons: [] });
  });

  it('a day still to come keeps them waiting, with why', () => {
    const view = eligibilityOn(['whole_blood'], { whole_blood: waitFor('2027-01-10') }, '2026-12-06');
    expect(view[0]).toMatchObject({ eligible: false, from: '2027-01-10' });
    expect(view[0]?.reasons.map((r) => r.code)).toEqual(['whole_blood_interval']);
  });

  it('the next day is the earliest of their products, today when one may be given now, null when none is known', () => {
    const stored = { whole_blood: waitFor('2027-01-10'), plasma: waitFor('2026-12-20'), platelets: waitFor(null) };
    expect(nextEligibleDay(eligibilityOn(['whole_blood', 'plasma', 'platelets'], stored, '2026-12-06'))).toBe(
      '2026-12-20',
    );
    expect(nextEligibleDay(eligibilityOn(['whole_blood', 'plasma'], stored, '2026-12-25'))).toBe('2026-12-25');
    expect(nextEligibleDay(eligibilityOn(['platelets'], stored, '2026-12-06'))).toBeNull();
    // A product they do not give is not decided: no day.
    expect(nextEligibleDay(eligibilityOn(['platelets'], {}, '2026-12-06'))).toBeNull();
  });
});
