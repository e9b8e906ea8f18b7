import { describe, expect, it } from 'vitest';
import { caseStatuses, type CaseStatus } from '../../../shared/enums.js';
import { allowedTransitions, checkTransition } from './status-machine.js';

const allowed: Record<CaseStatus, CaseStatus[]> = {
  new: ['verifying', 'verified', 'closed'],
  verifying: ['verified', 'new', 'closed'],
  verified: ['matched', 'closed'],
  matched: ['fulfilling', 'fulfilled', 'verified', 'closed'],
  fulfilling: ['fulfilled', 'matched', 'closed'],
  fulfilled: ['verified'],
  closed: ['new'],
};

const extras = (from: CaseStatus, to: CaseStatus) => ({
  ...(to === 'closed' ? { closeReason: 'unreachable' as const } : {}),
  ...(from === 'closed' || from === 'fulfilled' ? { reason: 'asked again' } : {}),
});

describe('case status machine', () => {
  const pairs = caseStatuses.flatMap((from) => caseStatuses.map((to) => [from, to] as const));

  it.each(pairs.filter(([from, to]) => allowed[from].includes(to)))('%s → %s is allowed', (from, to) => {
    expect(checkTransition({ from, to, wasVerified: false, ...extras(from, to) })).toBeNull();
  });

  it.each(pairs.filter(([from, to]) => !allowed[from].includes(to)))('%s → %s is refused', (from, to) => {
    expect(checkTransition({ from, to, wasVerified: false, ...extras(from, to) })).toBe('invalid_transition');
  });

  it('reopens a closed case to verified when it had been verified', () => {
    expect(allowedTransitions('closed', true)).toEqual(['verified']);
    expect(checkTransition({ from: 'closed', to: 'new', wasVerified: true, reason: 'x' })).toBe('invalid_transition');
  });

  it('needs a reason to reopen, a close reason to close, and the original to close as a duplicate', () => {
    expect(checkTransition({ from: 'closed', to: 'new', wasVerified: false })).toBe('reopen_reason_required');
    expect(checkTransition({ from: 'fulfilled', to: 'verified', wasVerified: true })).toBe('reopen_reason_required');
    expect(checkTransition({ from: 'new', to: 'closed', wasVerified: false })).toBe('close_reason_required');
    expect(checkTransition({ from: 'new', to: 'closed', wasVerified: false, closeReason: 'duplicate' })).toBe(
      'duplicate_of_required',
    );
    expect(
      checkTransition({ from: 'new', to: 'closed', wasVerified: false, closeReason: 'duplicate', duplicateOf: 'c1' }),
    ).toBeNull();
    expect(checkTransition({ from: 'new', to: 'verifying', wasVerified: false, closeReason: 'fraud' })).toBe(
      'close_reason_not_allowed',
    );
  });
});
