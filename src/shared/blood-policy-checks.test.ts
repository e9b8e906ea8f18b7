import { describe, expect, it } from 'vitest';
import { bloodPolicyProblems, type PolicyRanges } from './blood-policy-checks.js';

const policy = (over: Partial<PolicyRanges> = {}): PolicyRanges => ({
  radiusKm: { start: 10, step: 10, max: 50 },
  quietHours: { from: 22, to: 7 },
  ...over,
});

describe('bloodPolicyProblems', () => {
  it('finds nothing wrong with the defaults, nor with a radius that starts at its furthest', () => {
    expect(bloodPolicyProblems(policy())).toEqual([]);
    expect(bloodPolicyProblems(policy({ radiusKm: { start: 50, step: 50, max: 50 } }))).toEqual([]);
  });

  it('refuses a first radius or a step beyond the furthest radius, naming each box', () => {
    expect(bloodPolicyProblems(policy({ radiusKm: { start: 51, step: 60, max: 50 } }))).toEqual([
      { field: 'radiusKm.start', code: 'radius_over_max', params: { max: 50 } },
      { field: 'radiusKm.step', code: 'radius_over_max', params: { max: 50 } },
    ]);
  });

  it('takes quiet hours across midnight or within a day, but not ones that start when they end', () => {
    expect(bloodPolicyProblems(policy({ quietHours: { from: 0, to: 6 } }))).toEqual([]);
    expect(bloodPolicyProblems(policy({ quietHours: { from: 23, to: 0 } }))).toEqual([]);
    expect(bloodPolicyProblems(policy({ quietHours: { from: 7, to: 7 } }))).toEqual([
      { field: 'quietHours.to', code: 'quiet_hours_same' },
    ]);
  });
});
