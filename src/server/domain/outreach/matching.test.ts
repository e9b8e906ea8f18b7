import { describe, expect, it } from 'vitest';
import { defaultBloodPolicy } from '../blood/blood-policy.js';
import {
  exclusionsOf,
  holdBackUnverified,
  planMatching,
  rankScore,
  reliabilityScore,
  type MatchingContext,
  type MatchingDonor,
} from './matching.js';

const now = new Date('2026-03-10T06:30:00Z');
const context: MatchingContext = {
  recipient: { group: 'B+' },
  product: 'red_cells',
  donorProduct: 'whole_blood',
  convalescent: false,
  today: '2026-03-10',
  now,
  radiusKm: 10,
  policy: defaultBloodPolicy,
};

let n = 0;
function donor(over: Partial<MatchingDonor> = {}): MatchingDonor {
  n += 1;
  return {
    id: `d${String(n).padStart(3, '0')}`,
    bloodGroup: 'B+',
    phenotype: null,
    antigens: {},
    products: ['whole_blood'],
    verified: true,
    optedOut: false,
    consentWithdrawn: false,
    distanceKm: 3,
    eligibleFrom: '2026-01-01',
    eligibilityReasons: [],
    asksInWindow: 0,
    lastAskedAt: null,
    timesAsked: 0,
    timesYes: 0,
    askState: null,
    sex: 'male',
    dateOfBirth: '1990-01-01',
    pregnant: false,
    deferrals: [],
    ...over,
  };
}
const codes = (d: MatchingDonor, ctx: MatchingContext = context) => exclusionsOf(d, ctx).exclusions.map((e) => e.code);

describe('why a donor is not asked', () => {
  it('a willing, compatible, eligible, rested donor within the radius is a candidate', () => {
    expect(codes(donor())).toEqual([]);
    expect(codes(donor({ eligibleFrom: '2026-03-10' }))).toEqual([]);
    expect(codes(donor({ distanceKm: 10 }))).toEqual([]);
  });

  it('STOP and withdrawn consent come first', () => {
    expect(codes(donor({ optedOut: true, distanceKm: 20 }))).toEqual(['opted_out', 'too_far']);
    expect(codes(donor({ consentWithdrawn: true }))).toEqual(['consent_withdrawn']);
  });

  it('an unknown or incompatible group, with the compatibility reason', () => {
    expect(codes(donor({ bloodGroup: null }))).toEqual(['group_unknown']);
    expect(exclusionsOf(donor({ bloodGroup: 'A+' }), context).exclusions).toEqual([
      { code: 'incompatible', params: { reason: 'abo_incompatible' } },
    ]);
    expect(exclusionsOf(donor({ phenotype: 'bombay_oh' }), context).exclusions[0]).toEqual({
      code: 'incompatible',
      params: { reason: 'rare_phenotype_reserved' },
    });
  });

  it('a product they do not give, or ineligible until a day with the reasons', () => {
    expect(codes(donor({ products: ['platelets'] }))).toEqual(['product_not_given']);
    expect(
      exclusionsOf(
        donor({
          eligibleFrom: '2026-03-11',
          eligibilityReasons: [{ code: 'whole_blood_interval', params: { date: '2026-03-11' } }],
        }),
        context,
      ).exclusions,
    ).toEqual([{ code: 'ineligible', params: { date: '2026-03-11', reasons: 'whole_blood_interval' } }]);
    expect(exclusionsOf(donor({ eligibleFrom: null }), context).exclusions).toEqual([
      { code: 'ineligible', params: { reasons: '' } },
    ]);
  });

  it('already asked for this need (a cancelled ask does not count)', () => {
    expect(exclusionsOf(donor({ askState: 'sent' }), context).exclusions).toEqual([
      { code: 'already_asked', params: { state: 'sent' } },
    ]);
    expect(codes(donor({ askState: 'cancelled' }))).toEqual([]);
  });

  it("booked from a thalassemia child's pool for the transfusion the case stands for", () => {
    const d = donor();
    const booked = { ...context, bookedForTransfusion: new Map([[d.id, 'booked' as const]]) };
    expect(exclusionsOf(d, booked).exclusions).toEqual([
      { code: 'booked_for_transfusion', params: { state: 'booked' } },
    ]);
    // Another donor of the same case is not held back by it.
    expect(codes(donor(), booked)).toEqual([]);
  });

  it('fatigued at N asks in 30 days, with the count and days since the last', () => {
    expect(codes(donor({ asksInWindow: 1 }))).toEqual([]);
    expect(
      exclusionsOf(donor({ asksInWindow: 2, lastAskedAt: new Date('2026-03-08T06:30:00Z') }), context).exclusions,
    ).toEqual([{ code: 'fatigued', params: { count: 2, limit: 2, days: 30, lastAskedDays: 2 } }]);
  });

  it('too far, to one decimal', () => {
    expect(exclusionsOf(donor({ distanceKm: 10.04 }), context).exclusions).toEqual([
      { code: 'too_far', params: { distanceKm: 10, radiusKm: 10 } },
    ]);
  });

  it('convalescent plasma rules only when the need is under them', () => {
    const plasma = { ...context, product: 'plasma' as const, donorProduct: 'plasma' as const };
    const d = donor({ products: ['plasma'], sex: 'female' });
    expect(codes(d, plasma)).toEqual([]);
    expect(exclusionsOf(d, { ...plasma, convalescent: true }).exclusions).toEqual([
      { code: 'convalescent_ineligible', params: { reason: 'not_recovered' } },
    ]);
  });
});

describe('verified donors first', () => {
  it('holds unverified candidates back while a verified one is within reach', () => {
    const judged = [donor(), donor({ verified: false }), donor({ verified: false, distanceKm: 20 })].map((d) =>
      exclusionsOf(d, context),
    );
    const held = holdBackUnverified(judged, defaultBloodPolicy);
    expect(held.map((j) => j.exclusions.map((e) => e.code))).toEqual([[], ['unverified_held_back'], ['too_far']]);
    expect(held[1]?.exclusions[0]?.params).toEqual({ verified: 1 });
  });

  it('asks unverified donors when no verified one is, or when the policy says so', () => {
    const judged = [donor({ verified: false }), donor({ verified: true, optedOut: true })].map((d) =>
      exclusionsOf(d, context),
    );
    expect(holdBackUnverified(judged, defaultBloodPolicy)[0]?.exclusions).toEqual([]);
    const mixed = [donor(), donor({ verified: false })].map((d) => exclusionsOf(d, context));
    expect(
      holdBackUnverified(mixed, { unverifiedOnlyWhenNoVerified: false }).every((j) => j.exclusions.length === 0),
    ).toBe(true);
  });
});

describe('ranking', () => {
  it('reliability is the share of YES with a prior of one in two', () => {
    expect(reliabilityScore(0, 0)).toBe(0.5);
    expect(reliabilityScore(4, 4)).toBe(5 / 6);
    expect(reliabilityScore(4, 0)).toBe(1 / 6);
  });

  it('prefers near, verified, reliable, rested and group-identical donors', () => {
    const score = (over: Partial<MatchingDonor>) => rankScore(exclusionsOf(donor(over), context), context);
    expect(score({ distanceKm: 1 })).toBeGreaterThan(score({ distanceKm: 8 }));
    expect(score({ verified: true })).toBeGreaterThan(score({ verified: false }));
    expect(score({ timesAsked: 4, timesYes: 4 })).toBeGreaterThan(score({ timesAsked: 4, timesYes: 0 }));
    expect(score({ lastAskedAt: new Date('2026-02-01T00:00:00Z') })).toBeGreaterThan(
      score({ lastAskedAt: new Date('2026-03-08T00:00:00Z') }),
    );
    expect(score({ bloodGroup: 'B+' })).toBeGreaterThan(score({ bloodGroup: 'O-' }));
  });

  it('plans: candidates best first, near misses nearest first, each donor once', () => {
    const far = donor({ distanceKm: 9, verified: true });
    const near = donor({ distanceKm: 1, verified: true });
    const stopped = donor({ distanceKm: 0.5, optedOut: true });
    const tired = donor({ distanceKm: 2, asksInWindow: 2 });
    const plan = planMatching([far, near, stopped, tired, near], context);
    expect(plan.candidates.map((j) => j.donor.id)).toEqual([near.id, far.id]);
    expect(plan.nearMisses.map((j) => j.donor.id)).toEqual([stopped.id, tired.id]);
  });
});
