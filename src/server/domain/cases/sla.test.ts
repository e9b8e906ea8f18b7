import { describe, expect, it } from 'vitest';
import { defaultDeskPolicy } from './desk-policy.js';
import { dueTimes, slaStatus, type SlaInput } from './sla.js';

const start = new Date('2026-11-22T10:00:00Z');
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
const due = dueTimes(start, 'critical', defaultDeskPolicy.targets);
const input = (over: Partial<SlaInput> = {}): SlaInput => ({
  status: 'new',
  clockStart: start,
  firstResponseAt: null,
  ...due,
  fulfilledAt: null,
  closedAt: null,
  ...over,
});

describe('time targets', () => {
  it('critical: respond within 10 minutes, fulfil within 30, from the first message', () => {
    expect(due.responseDueAt).toEqual(at(10));
    expect(due.fulfilDueAt).toEqual(at(30));
  });

  it('before any response, the response target applies', () => {
    expect(slaStatus(input(), at(5), 0.75)).toEqual({ state: 'ok', waitingMinutes: 5, targetMinutes: 10 });
    expect(slaStatus(input(), at(8), 0.75).state).toBe('near');
    expect(slaStatus(input(), at(11), 0.75).state).toBe('overdue');
  });

  it('after a response, the fulfilment target applies', () => {
    const responded = input({ firstResponseAt: at(4), status: 'verified' });
    expect(slaStatus(responded, at(23), 0.75)).toEqual({ state: 'near', waitingMinutes: 23, targetMinutes: 30 });
    expect(slaStatus(responded, at(31), 0.75).state).toBe('overdue');
  });

  it('a fulfilled case met or missed its target and its clock stops', () => {
    expect(slaStatus(input({ status: 'fulfilled', fulfilledAt: at(28) }), at(90), 0.75)).toEqual({
      state: 'met',
      waitingMinutes: 28,
      targetMinutes: 30,
    });
    expect(slaStatus(input({ status: 'fulfilled', fulfilledAt: at(45) }), at(90), 0.75).state).toBe('missed');
  });

  it('a case closed without help stops its clock with no verdict, however quickly it was closed', () => {
    expect(slaStatus(input({ status: 'closed', closedAt: at(8) }), at(90), 0.75)).toEqual({
      state: 'closed',
      waitingMinutes: 8,
      targetMinutes: 30,
    });
  });
});
