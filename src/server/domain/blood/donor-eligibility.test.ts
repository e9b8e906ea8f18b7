import { describe, expect, it } from 'vitest';
import { decideDonorEligibility, type DonorRecordFacts } from './donor-eligibility.js';

const man: DonorRecordFacts = {
  dateOfBirth: '1994-05-10',
  sex: 'male',
  weightBand: '>55',
  weightKg: null,
  products: ['whole_blood'],
  firstTimeDonor: false,
  declaredLastDonation: null,
  deferrals: [],
  pregnant: false,
  breastFeeding: false,
  breastFeedingUntil: null,
  contestedClauses: [],
  centreDeferralReason: null,
  centreDeferralUntil: null,
};
const policy = { contestedClauses: [] };

describe('a donation recorded on the day it was given', () => {
  it('counts at once, even before noon (Kolkata): the donor is not eligible again until 90 days on', () => {
    const morning = new Date('2027-03-01T06:30:00+05:30');
    const decided = decideDonorEligibility(man, [{ product: 'whole_blood', donatedOn: '2027-03-01' }], policy, morning);
    expect(decided.eligibility.whole_blood).toMatchObject({ eligible: false, from: '2027-05-30' });
    expect(decided.eligibleWholeBloodFrom).toBe('2027-05-30');
  });

  it('on day 89 is still deferred, on day 90 eligible', () => {
    const given = [{ product: 'whole_blood' as const, donatedOn: '2027-03-01' }];
    expect(
      decideDonorEligibility(man, given, policy, new Date('2027-05-29T10:00:00+05:30')).eligibility.whole_blood
        ?.eligible,
    ).toBe(false);
    expect(
      decideDonorEligibility(man, given, policy, new Date('2027-05-30T10:00:00+05:30')).eligibility.whole_blood
        ?.eligible,
    ).toBe(true);
  });
});
