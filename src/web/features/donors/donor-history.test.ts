import { describe, expect, it } from 'vitest';
import type { DonorEventView } from '../../../shared/contracts/donors.js';
import { donorEventFacts } from './donor-history';

const event = (type: DonorEventView['type'], details: Record<string, unknown>): DonorEventView => ({
  id: '1',
  type,
  at: '2026-12-06T10:00:00Z',
  actorName: 'आशा',
  caseId: null,
  details,
});

describe('donorEventFacts', () => {
  it('reads a verification call', () => {
    expect(donorEventFacts(event('verification_call', { outcome: 'reached', notes: 'Weight 62 kg' }))).toEqual({
      outcome: 'reached',
      notes: 'Weight 62 kg',
    });
  });

  it('reads a group confirmation with the group it replaced', () => {
    expect(
      donorEventFacts(event('group_confirmed', { bloodGroup: 'B+', previous: 'B-', centre: 'Hallet Hospital' })),
    ).toEqual({ bloodGroup: 'B+', previousGroup: 'B-', centre: 'Hallet Hospital' });
  });

  it('reads a donation with the next eligible day', () => {
    expect(
      donorEventFacts(
        event('donation_recorded', {
          donationId: 'x',
          product: 'whole_blood',
          units: 1,
          bloodCentre: 'LLR',
          donatedOn: '2026-12-06',
          nextEligibleOn: '2027-03-06',
        }),
      ),
    ).toEqual({
      product: 'whole_blood',
      units: 1,
      centre: 'LLR',
      donatedOn: '2026-12-06',
      nextEligibleOn: '2027-03-06',
    });
  });

  it('drops what it cannot read rather than showing it', () => {
    expect(donorEventFacts(event('verified', { idSeen: 'passport', outcome: 7, changed: ['name', 3] }))).toEqual({
      changed: ['name'],
    });
    expect(donorEventFacts(event('centre_deferral', { cleared: true }))).toEqual({ cleared: true });
  });

  it('names the camp an ask was an invitation to, and nothing for an ask for a case', () => {
    expect(donorEventFacts(event('asked', { campId: 'c', campCode: 'KNP7T', invitation: true }))).toEqual({
      campCode: 'KNP7T',
    });
    expect(donorEventFacts(event('asked', { campCode: 'KNP7T' }))).toEqual({});
  });
});
