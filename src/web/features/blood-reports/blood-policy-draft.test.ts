import { describe, expect, it } from 'vitest';
import type { BloodPolicyView } from '../../../shared/contracts/blood-reports.js';
import { draftOf, readDraft } from './blood-policy-draft';

const policy: BloodPolicyView = {
  asksPerUnit: 3,
  widenAfterMinutes: { critical: 10, high: 60, normal: 60 },
  radiusKm: { start: 10, step: 10, max: 50 },
  maxAsksPer30Days: 2,
  quietHours: { from: 22, to: 7 },
  unverifiedOnlyWhenNoVerified: true,
  contestedClauses: [],
  convalescentPlasma: false,
  updatedAt: null,
  can: { update: true },
};

describe('the blood policy draft', () => {
  it('reads back what it was made from', () => {
    const { body, problems } = readDraft(draftOf(policy));
    expect(problems).toEqual({});
    const { updatedAt: _updatedAt, can: _can, ...rest } = policy;
    expect(body).toEqual(rest);
  });

  it('names an empty or non-numeric box by its path in the body', () => {
    const draft = draftOf(policy);
    const { body, problems } = readDraft({
      ...draft,
      asksPerUnit: '',
      widenAfterMinutes: { ...draft.widenAfterMinutes, high: 'ten' },
    });
    expect(body).toBeNull();
    expect(problems).toEqual({ asksPerUnit: { kind: 'required' }, 'widenAfterMinutes.high': { kind: 'required' } });
  });

  it('refuses what the server refuses between fields: a first radius beyond the furthest, same quiet hours', () => {
    const draft = draftOf(policy);
    const { body, problems } = readDraft({
      ...draft,
      radiusKm: { start: '60', step: '10', max: '50' },
      quietHours: { from: '6', to: '6' },
    });
    expect(body).toBeNull();
    expect(Object.keys(problems).sort()).toEqual(['quietHours.to', 'radiusKm.start']);
    expect(problems['radiusKm.start']).toEqual({
      kind: 'rule',
      problem: { field: 'radiusKm.start', code: 'radius_over_max', params: { max: 50 } },
    });
  });
});
