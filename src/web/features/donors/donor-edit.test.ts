import { describe, expect, it } from 'vitest';
import type { DonorView } from '../../../shared/contracts/donors.js';
import { draftFromDonor, updateBodyFrom } from './donor-edit';

const donor = {
  id: '00000000-0000-4000-8000-000000000001',
  organisation: { id: '00000000-0000-4000-8000-000000000002', name: 'Kanpur Police' },
  name: 'सीमा देवी',
  phone: '+91 98xxx xx345',
  phoneRevealed: false,
  revealedUntil: null,
  sex: 'female',
  dateOfBirth: '1995-04-02',
  age: 31,
  weightBand: '>55',
  weightKg: 58,
  bloodGroup: 'B+',
  groupConfirmed: null,
  phenotype: null,
  antigens: { K: '-' },
  phenotypeNotes: null,
  district: { code: 'UP-KANPUR-NAGAR', name: 'Kanpur Nagar', nameHi: 'कानपुर नगर' },
  locality: 'Kidwai Nagar',
  pincode: null,
  locationSource: 'locality',
  products: ['whole_blood', 'plasma'],
  contactFrom: 480,
  contactTo: 1260,
  category: 'police',
  language: 'hi',
  preferredChannel: 'sms',
  source: 'operator',
  consent: { purpose: 'To be asked for blood', at: '2026-12-01T10:00:00Z', channel: 'operator', withdrawnAt: null },
  optedOutAt: null,
  verification: null,
  firstTimeDonor: false,
  declaredLastDonation: '2026-09-01',
  deferrals: [{ kind: 'tattoo', date: '2026-08-01' }],
  pregnant: false,
  breastFeeding: false,
  breastFeedingUntil: null,
  contestedClauses: [],
  centreDeferral: null,
  eligibility: [],
  eligibilityRuleSet: 'NBTC-2017/DC-2020/COVID-2021-05',
  eligibilityAssumed: [],
  eligibleNow: false,
  nextEligibleOn: '2027-02-01',
  reliability: { timesAsked: 0, timesYes: 0, timesNo: 0, lastAskedAt: null },
  lastDonatedOn: null,
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
  history: [],
  donations: [],
  can: {
    update: true,
    logCall: true,
    verify: true,
    confirmGroup: true,
    recordCentreDeferral: true,
    recordDonation: true,
    revealContact: true,
    withdrawConsent: true,
  },
} satisfies DonorView;

describe('draftFromDonor', () => {
  it('starts the form from the record, hours as clock times', () => {
    const draft = draftFromDonor(donor);
    expect(draft).toMatchObject({
      name: 'सीमा देवी',
      sex: 'female',
      weightKg: '58',
      bloodGroup: 'B+',
      district: 'UP-KANPUR-NAGAR',
      contactFrom: '08:00',
      contactTo: '21:00',
      lastDonation: '2026-09-01',
      consentGiven: true,
    });
  });

  it('reads a group the donor does not know as "unknown", not as unchosen', () => {
    expect(draftFromDonor({ ...donor, bloodGroup: null }).bloodGroup).toBe('unknown');
  });
});

describe('updateBodyFrom', () => {
  it('sends the record back unchanged, without the phone', () => {
    const body = updateBodyFrom(draftFromDonor(donor));
    expect(body).not.toHaveProperty('phone');
    expect(body).toMatchObject({
      name: 'सीमा देवी',
      sex: 'female',
      dateOfBirth: '1995-04-02',
      weightKg: 58,
      bloodGroup: 'B+',
      antigens: { K: '-' },
      contactFrom: 480,
      contactTo: 1260,
      products: ['whole_blood', 'plasma'],
      deferrals: [{ kind: 'tattoo', date: '2026-08-01' }],
      consentPurpose: 'To be asked for blood',
    });
  });

  it('leaves out a choice emptied on the form instead of clearing it', () => {
    const body = updateBodyFrom({ ...draftFromDonor(donor), sex: '', dateOfBirth: '' });
    expect(body).not.toHaveProperty('sex');
    expect(body).not.toHaveProperty('dateOfBirth');
  });

  it('clears a group the donor no longer claims to know', () => {
    expect(updateBodyFrom({ ...draftFromDonor(donor), bloodGroup: 'unknown' }).bloodGroup).toBeNull();
  });
});
