import { describe, expect, it } from 'vitest';
import type { AskView, CandidateView } from '../../../../shared/contracts/outreach.js';
import {
  agoPhrase,
  daysSince,
  exclusionPhrase,
  inclusionPhrases,
  isDonorNeed,
  orderAsks,
  orderCandidates,
  orderNearMisses,
  outreachStateWord,
} from './outreach-words';

const day = (value: string) => `<${value}>`;

const donor: CandidateView['donor'] = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Ravi',
  phone: '+91 98xxx xx345',
  bloodGroup: 'B+',
  groupConfirmed: true,
  verified: true,
  category: 'police',
  language: 'hi',
  organisation: { id: '00000000-0000-4000-8000-000000000002', name: 'Kanpur police' },
  districtCode: 'UP-KANPUR-NAGAR',
  locality: 'Kidwai Nagar',
  locationSource: 'pincode',
};

function candidate(overrides: Partial<CandidateView> = {}): CandidateView {
  return {
    donor,
    distanceKm: 3.2,
    compatibility: { preferred: true, reason: 'identical' },
    reliability: { timesAsked: 0, timesYes: 0, timesNo: 0, score: 0.5 },
    lastAskedAt: null,
    asksLast30Days: 0,
    eligibleFrom: '2026-01-01',
    eligibilityAssumed: [],
    rank: 1,
    exclusions: [],
    eligibilityReasons: [],
    sendAfter: null,
    ...overrides,
  };
}

function ask(state: AskView['state'], askedAt: string): AskView {
  return {
    id: `${state}-${askedAt}`,
    donor,
    kind: 'wave',
    state,
    wave: 1,
    distanceKm: 1,
    askedAt,
    askedBy: null,
    sendAfter: null,
    sentAt: null,
    answeredAt: null,
    answerChannel: null,
  };
}

describe('isDonorNeed', () => {
  it('is true for blood, plasma and platelets only', () => {
    expect(['blood', 'plasma', 'platelets', 'oxygen', 'bed'].map((r) => isDonorNeed(r as never))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('daysSince', () => {
  it('counts Kolkata calendar days, not 24-hour spans', () => {
    // 23:00 IST on the 4th and 01:00 IST on the 5th: one day apart though two hours.
    expect(daysSince('2026-12-04T17:30:00Z', Date.parse('2026-12-04T19:30:00Z'))).toBe(1);
    expect(daysSince('2026-12-04T05:00:00Z', Date.parse('2026-12-04T15:00:00Z'))).toBe(0);
    expect(daysSince('2026-12-01T05:00:00Z', Date.parse('2026-12-04T05:00:00Z'))).toBe(3);
  });

  it('is never negative (a clock a little ahead)', () => {
    expect(daysSince('2026-12-05T05:00:00Z', Date.parse('2026-12-04T05:00:00Z'))).toBe(0);
  });
});

describe('agoPhrase', () => {
  it('says today, yesterday, or a count of days', () => {
    expect(agoPhrase(0).key).toBe('outreach.ago.today');
    expect(agoPhrase(1).key).toBe('outreach.ago.yesterday');
    expect(agoPhrase(2)).toEqual({ key: 'outreach.ago.days', params: { count: 2 } });
  });
});

describe('exclusionPhrase', () => {
  it('writes the day an ineligible donor may give again, or that no day is known', () => {
    expect(exclusionPhrase({ code: 'ineligible', params: { date: '2027-02-12', reasons: 'x' } }, day)).toEqual({
      key: 'outreach.exclusion.ineligible',
      params: { date: '<2027-02-12>' },
    });
    expect(exclusionPhrase({ code: 'ineligible', params: { reasons: 'pregnancy' } }, day).key).toBe(
      'outreach.exclusion.ineligibleNoDay',
    );
  });

  it('says when a fatigued donor was last asked, in days', () => {
    expect(
      exclusionPhrase({ code: 'fatigued', params: { count: 2, limit: 2, days: 30, lastAskedDays: 2 } }, day),
    ).toEqual({
      key: 'outreach.exclusion.fatigued',
      params: { count: 2, limit: 2, days: 30, ago: { key: 'outreach.ago.days', params: { count: 2 } } },
    });
  });

  it('leaves the last ask out when the server does not know it', () => {
    expect(exclusionPhrase({ code: 'fatigued', params: { count: 2, limit: 2, days: 30 } }, day)).toEqual({
      key: 'outreach.exclusion.fatiguedNoLast',
      params: { count: 2, limit: 2, days: 30 },
    });
  });

  it('gives the distance and the radius of a donor too far', () => {
    expect(exclusionPhrase({ code: 'too_far', params: { distanceKm: 14.2, radiusKm: 10 } }, day)).toEqual({
      key: 'outreach.exclusion.too_far',
      params: { distance: 14.2, radius: 10 },
    });
  });

  it('nests the compatibility reason, the ask state and the convalescent rule as phrases', () => {
    expect(
      exclusionPhrase({ code: 'incompatible', params: { reason: 'rhd_incompatible' } }, day).params.reason,
    ).toEqual({ key: 'blood.compatibility.rhd_incompatible', params: {} });
    expect(exclusionPhrase({ code: 'already_asked', params: { state: 'no' } }, day).params.state).toEqual({
      key: 'outreach.ask.state.no',
      params: {},
    });
    expect(
      exclusionPhrase(
        { code: 'convalescent_ineligible', params: { reason: 'recovered_too_recently', date: '2027-01-03' } },
        day,
      ),
    ).toEqual({
      key: 'outreach.exclusion.convalescentUntil',
      params: { reason: { key: 'outreach.convalescent.recovered_too_recently', params: {} }, date: '<2027-01-03>' },
    });
  });

  it("names the state of a donor's booking from the child's pool", () => {
    expect(exclusionPhrase({ code: 'booked_for_transfusion', params: { state: 'confirmed' } }, day)).toEqual({
      key: 'outreach.exclusion.booked_for_transfusion',
      params: { state: { key: 'thalassemia.bookingState.confirmed', params: {} } },
    });
  });

  it('counts the verified donors an unverified one is held back for', () => {
    expect(exclusionPhrase({ code: 'unverified_held_back', params: { verified: 4 } }, day).params).toEqual({
      count: 4,
    });
  });

  it('words the codes without values by their code alone', () => {
    expect(exclusionPhrase({ code: 'opted_out', params: {} }, day)).toEqual({
      key: 'outreach.exclusion.opted_out',
      params: {},
    });
  });
});

describe('inclusionPhrases', () => {
  const now = Date.parse('2026-12-06T06:00:00Z');

  it('gives the match, the distance, the eligibility and the record, in that order', () => {
    expect(inclusionPhrases(candidate(), 10, now).map((p) => p.key)).toEqual([
      'blood.compatibility.identical',
      'outreach.candidate.within',
      'outreach.candidate.eligible',
      'outreach.candidate.neverAsked',
    ]);
  });

  it('names the facts the eligibility assumed, how they answered, and when they were last asked', () => {
    const phrases = inclusionPhrases(
      candidate({
        eligibilityAssumed: ['dateOfBirth', 'weight'],
        reliability: { timesAsked: 3, timesYes: 2, timesNo: 1, score: 0.6 },
        lastAskedAt: '2026-11-20T06:00:00Z',
      }),
      10,
      now,
    );
    expect(phrases[2]).toEqual({
      key: 'outreach.candidate.eligibleAssuming',
      params: {
        facts: [
          { key: 'outreach.assumed.dateOfBirth', params: {} },
          { key: 'outreach.assumed.weight', params: {} },
        ],
      },
    });
    expect(phrases[3]).toEqual({ key: 'outreach.candidate.answered', params: { count: 3, yes: 2 } });
    expect(phrases[4]).toEqual({
      key: 'outreach.candidate.lastAsked',
      params: { ago: { key: 'outreach.ago.days', params: { count: 16 } } },
    });
  });

  it('never says "not asked before" of a donor invited to a camp today, and says how often they were asked lately', () => {
    const keys = inclusionPhrases(
      candidate({
        reliability: { timesAsked: 0, timesYes: 0, timesNo: 0, score: 0.5 },
        asksLast30Days: 1,
        lastAskedAt: '2026-12-06T05:00:00Z',
      }),
      10,
      now,
    );
    expect(keys.map((p) => p.key)).not.toContain('outreach.candidate.neverAsked');
    expect(keys).toContainEqual({ key: 'outreach.candidate.askedRecently', params: { count: 1 } });
    expect(keys.map((p) => p.key)).toContain('outreach.candidate.lastAsked');
  });
});

describe('orderAsks', () => {
  it('puts matched first, then yes, awaiting, and closed asks last; newest first within a state', () => {
    const ordered = orderAsks([
      ask('expired', '2026-12-06T01:00:00Z'),
      ask('sent', '2026-12-06T01:00:00Z'),
      ask('matched', '2026-12-06T01:00:00Z'),
      ask('sent', '2026-12-06T02:00:00Z'),
      ask('no', '2026-12-06T03:00:00Z'),
      ask('yes', '2026-12-06T00:00:00Z'),
    ]);
    expect(ordered.map((a) => a.id)).toEqual([
      'matched-2026-12-06T01:00:00Z',
      'yes-2026-12-06T00:00:00Z',
      'sent-2026-12-06T02:00:00Z',
      'sent-2026-12-06T01:00:00Z',
      'no-2026-12-06T03:00:00Z',
      'expired-2026-12-06T01:00:00Z',
    ]);
  });

  it('lists one wave’s asks nearest first, as they were ranked, a distance not known last', () => {
    const at = '2026-12-06T01:00:00Z';
    const asked = (id: string, distanceKm: number | null): AskView => ({ ...ask('sent', at), id, distanceKm });
    const ordered = orderAsks([asked('far', 4.6), asked('unknown', null), asked('near', 0), asked('mid', 4)]);
    expect(ordered.map((a) => a.id)).toEqual(['near', 'mid', 'far', 'unknown']);
  });
});

describe('orderCandidates', () => {
  it('follows the server rank', () => {
    const ordered = orderCandidates([candidate({ rank: 3 }), candidate({ rank: 1 }), candidate({ rank: 2 })]);
    expect(ordered.map((c) => c.rank)).toEqual([1, 2, 3]);
  });
});

describe('orderNearMisses', () => {
  it('puts donors whose blood or product can never serve the need last, keeping the server order otherwise', () => {
    const miss = (id: string, code: CandidateView['exclusions'][number]['code']) =>
      candidate({ donor: { ...donor, id }, rank: null, exclusions: [{ code, params: {} }] });
    const ordered = orderNearMisses([
      miss('a', 'incompatible'),
      miss('b', 'too_far'),
      miss('c', 'product_not_given'),
      miss('d', 'fatigued'),
      miss('e', 'ineligible'),
    ]);
    expect(ordered.map((m) => m.donor.id)).toEqual(['b', 'd', 'e', 'a', 'c']);
  });
});

describe('where outreach stands', () => {
  const none = { queued: 0, sent: 0, matched: 0, yes: 0, no: 0, expired: 0, cancelled: 0 };
  it('says no donor was asked only when none was, run or no run', () => {
    expect(outreachStateWord({ state: 'idle', counts: none })).toBe('idle');
    // One donor asked directly at night: the ask waits, no wave ran.
    expect(outreachStateWord({ state: 'idle', counts: { ...none, queued: 1 } })).toBe('idleAsked');
    expect(outreachStateWord({ state: 'running', counts: { ...none, sent: 3 } })).toBe('running');
    expect(outreachStateWord({ state: 'stopped', counts: none })).toBe('stopped');
    // An ask cancelled before it went out asked nobody.
    expect(outreachStateWord({ state: 'idle', counts: { ...none, cancelled: 1 } })).toBe('idle');
  });
});
