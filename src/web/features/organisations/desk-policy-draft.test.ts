import { describe, expect, it } from 'vitest';
import type { DeskPolicyView } from '../../../shared/contracts/organisations.js';
import { draftOf, durationDraft, readDraft } from './desk-policy-draft';

const policy: DeskPolicyView = {
  targets: {
    critical: { firstResponseMinutes: 10, fulfilMinutes: 30 },
    high: { firstResponseMinutes: 15, fulfilMinutes: 120 },
    normal: { firstResponseMinutes: 60, fulfilMinutes: 1440 },
  },
  triage: {
    criticalSpo2Below: 90,
    highSpo2Below: 94,
    criticalTransfusionHours: 24,
    highTransfusionHours: 72,
    elderlyAge: 60,
  },
  claimIdleMinutes: 30,
  nearTargetShare: 0.75,
  can: { update: true },
};

describe('the desk policy form', () => {
  it('shows whole hours in hours and the rest in minutes', () => {
    expect(durationDraft(120)).toEqual({ amount: '2', unit: 'hours' });
    expect(durationDraft(90)).toEqual({ amount: '90', unit: 'minutes' });
    expect(durationDraft(30)).toEqual({ amount: '30', unit: 'minutes' });
  });

  it('sends back what it was given, untouched', () => {
    const { can: _can, ...body } = policy;
    expect(readDraft(draftOf(policy))).toEqual({ body, problems: {} });
  });

  it('reads hours as minutes and the share as a fraction', () => {
    const draft = draftOf(policy);
    draft.targets.critical.firstResponse = { amount: '1', unit: 'hours' };
    draft.targets.critical.fulfil = { amount: '3', unit: 'hours' };
    draft.nearTargetPercent = '80';
    const { body } = readDraft(draft);
    expect(body?.targets.critical).toEqual({ firstResponseMinutes: 60, fulfilMinutes: 180 });
    expect(body?.nearTargetShare).toBe(0.8);
  });

  it('names each box with a problem by its path in the body, as the server does', () => {
    const draft = draftOf(policy);
    draft.targets.high.firstResponse = { amount: '', unit: 'minutes' };
    draft.targets.normal.fulfil = { amount: '30', unit: 'minutes' };
    draft.targets.critical.firstResponse = { amount: '200', unit: 'hours' };
    draft.nearTargetPercent = '100';
    draft.claimIdle = { amount: '2', unit: 'minutes' };
    draft.triage.highSpo2Below = '85';
    expect(readDraft(draft)).toEqual({
      body: null,
      problems: {
        'targets.critical.firstResponseMinutes': { kind: 'durationRange', min: 1, max: 10_080 },
        'targets.high.firstResponseMinutes': { kind: 'required' },
        'targets.normal.fulfilMinutes': { kind: 'fulfilBeforeResponse', minutes: 60 },
        nearTargetShare: { kind: 'range', min: 10, max: 99 },
        claimIdleMinutes: { kind: 'durationRange', min: 5, max: 1_440 },
        'triage.highSpo2Below': { kind: 'atLeast', value: 90 },
      },
    });
  });
});
