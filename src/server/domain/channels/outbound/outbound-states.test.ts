import { describe, expect, it } from 'vitest';
import {
  allowedOutboundMoves,
  applyDeliveryState,
  canTransitionOutbound,
  isTerminal,
  outboundStates,
  transitionOutbound,
} from './outbound-states.js';

describe('outbound states', () => {
  it('is the closed set', () => {
    expect(outboundStates).toEqual([
      'scheduled',
      'pending',
      'sending',
      'sent',
      'delivered',
      'read',
      'failed',
      'denied',
      'muted',
      'duplicate',
    ]);
  });

  it.each([
    ['scheduled', 'pending'],
    ['pending', 'sending'],
    ['pending', 'scheduled'],
    ['pending', 'muted'],
    ['pending', 'duplicate'],
    ['pending', 'denied'],
    ['sending', 'sent'],
    ['sending', 'scheduled'],
    ['sending', 'failed'],
    ['sending', 'delivered'],
    ['sent', 'delivered'],
    ['sent', 'read'],
    ['sent', 'failed'],
    ['delivered', 'read'],
    ['failed', 'delivered'],
    ['failed', 'pending'],
  ] as const)('%s → %s moves', (from, to) => {
    expect(transitionOutbound(from, to)).toEqual({ outcome: 'moved', state: to });
    expect(canTransitionOutbound(from, to)).toBe(true);
  });

  it.each([
    ['delivered', 'pending'],
    ['delivered', 'sending'],
    ['read', 'pending'],
    ['sent', 'pending'],
    ['sent', 'sending'],
    ['scheduled', 'sent'],
    ['pending', 'delivered'],
    ['muted', 'pending'],
    ['duplicate', 'sending'],
    ['denied', 'sent'],
    ['failed', 'sent'],
  ] as const)('%s → %s is refused', (from, to) => {
    expect(transitionOutbound(from, to)).toEqual({ outcome: 'refused', state: from });
    expect(canTransitionOutbound(from, to)).toBe(false);
  });

  it.each([
    ['read', 'delivered'],
    ['read', 'sent'],
    ['delivered', 'sent'],
    ['read', 'failed'],
    ['delivered', 'failed'],
  ] as const)('a late %s ← %s callback is ignored as stale', (from, to) => {
    expect(transitionOutbound(from, to)).toEqual({ outcome: 'ignored', state: from, reason: 'stale' });
  });

  it('a repeated callback is ignored', () => {
    expect(applyDeliveryState('delivered', 'delivered')).toEqual({
      outcome: 'ignored',
      state: 'delivered',
      reason: 'same',
    });
  });

  it('callbacks out of order end at the furthest state', () => {
    let state = 'sending' as Parameters<typeof applyDeliveryState>[0];
    for (const reported of ['read', 'delivered', 'sent'] as const) state = applyDeliveryState(state, reported).state;
    expect(state).toBe('read');
  });

  it('terminal states go nowhere', () => {
    expect(outboundStates.filter(isTerminal)).toEqual(['read', 'denied', 'muted', 'duplicate']);
    for (const state of outboundStates) {
      expect(allowedOutboundMoves(state)).not.toContain(state);
    }
  });
});
