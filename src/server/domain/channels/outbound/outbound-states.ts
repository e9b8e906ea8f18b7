// An outbound message's life. scheduled (waiting for its time: a retry, a rate limit) → pending (ready) →
// sending (with the provider) → sent → delivered → read; or failed (gave up, or the provider said so).
// Held back before sending: denied (refused by policy, e.g. outside WhatsApp's 24-hour window), muted (the
// person opted out), duplicate (the same text to the same number too often: the loop guard).
//
// Provider status callbacks arrive out of order (read before delivered, delivered before our own "sent"):
// one that would move a message back along sent → delivered → read is ignored, not an error.
import { outboundStates, type OutboundState } from '../../../../shared/enums.js';
import type { DeliveryState } from '../../../channels/types.js';

export { outboundStates, type OutboundState };

const moves: Record<OutboundState, readonly OutboundState[]> = {
  scheduled: ['pending', 'denied', 'muted', 'duplicate'],
  pending: ['sending', 'scheduled', 'denied', 'muted', 'duplicate'],
  // A callback may beat the provider's own answer to our request: sending → delivered/read is real.
  sending: ['sent', 'delivered', 'read', 'failed', 'scheduled'],
  sent: ['delivered', 'read', 'failed'],
  delivered: ['read'],
  read: [],
  // A late delivery receipt proves the message arrived after all; a person may also send it again.
  failed: ['delivered', 'read', 'pending'],
  denied: [],
  muted: [],
  duplicate: [],
};

/** How far along a sent message has been seen to go; callbacks never lower it. Our own moves are not ranked. */
const progress: Partial<Record<OutboundState, number>> = { sent: 1, delivered: 2, read: 3 };

export function allowedOutboundMoves(from: OutboundState): readonly OutboundState[] {
  return moves[from];
}

export function isTerminal(state: OutboundState): boolean {
  return moves[state].length === 0;
}

export type OutboundTransition =
  | { outcome: 'moved'; state: OutboundState }
  /** Nothing to do: the message is already there (`same`) or further along (`stale`: an out-of-order callback). */
  | { outcome: 'ignored'; state: OutboundState; reason: 'same' | 'stale' }
  | { outcome: 'refused'; state: OutboundState };

export function transitionOutbound(from: OutboundState, to: OutboundState): OutboundTransition {
  if (from === to) return { outcome: 'ignored', state: from, reason: 'same' };
  if (moves[from].includes(to)) return { outcome: 'moved', state: to };
  const a = progress[from];
  const b = progress[to];
  if (a !== undefined && b !== undefined && b < a) return { outcome: 'ignored', state: from, reason: 'stale' };
  // A failure reported after delivery or reading is stale too: the person has the message.
  if (to === 'failed' && (from === 'delivered' || from === 'read')) {
    return { outcome: 'ignored', state: from, reason: 'stale' };
  }
  return { outcome: 'refused', state: from };
}

export function canTransitionOutbound(from: OutboundState, to: OutboundState): boolean {
  return transitionOutbound(from, to).outcome === 'moved';
}

/** A provider's status callback applied to a message's current state. */
export function applyDeliveryState(current: OutboundState, reported: DeliveryState): OutboundTransition {
  return transitionOutbound(current, reported);
}
