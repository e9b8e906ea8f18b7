// The case lifecycle: new → verifying → verified → matched → fulfilling → fulfilled, or closed with a
// reason. A few steps back are allowed (a match falls through); reopening needs a reason.
import type { CaseStatus, CloseReason } from '../../../shared/enums.js';

const forward: Record<CaseStatus, readonly CaseStatus[]> = {
  new: ['verifying', 'verified', 'closed'],
  verifying: ['verified', 'new', 'closed'],
  verified: ['matched', 'closed'],
  matched: ['fulfilling', 'fulfilled', 'verified', 'closed'],
  fulfilling: ['fulfilled', 'matched', 'closed'],
  fulfilled: ['verified'],
  closed: ['new', 'verified'],
};

export function allowedTransitions(from: CaseStatus, wasVerified: boolean): CaseStatus[] {
  // A closed case reopens to where it stood: verified if it ever was, else new.
  if (from === 'closed') return [wasVerified ? 'verified' : 'new'];
  return [...forward[from]];
}

export function isReopening(from: CaseStatus): boolean {
  return from === 'closed' || from === 'fulfilled';
}

export type TransitionRefusal =
  | 'invalid_transition'
  | 'close_reason_required'
  | 'close_reason_not_allowed'
  | 'duplicate_of_required'
  | 'reopen_reason_required';

export interface TransitionRequest {
  from: CaseStatus;
  to: CaseStatus;
  wasVerified: boolean;
  closeReason?: CloseReason | undefined;
  duplicateOf?: string | undefined;
  reason?: string | undefined;
}

/** Null when the transition may happen; otherwise why not. */
export function checkTransition(request: TransitionRequest): TransitionRefusal | null {
  if (!allowedTransitions(request.from, request.wasVerified).includes(request.to)) return 'invalid_transition';
  if (request.to === 'closed') {
    if (!request.closeReason) return 'close_reason_required';
    if (request.closeReason === 'duplicate' && !request.duplicateOf) return 'duplicate_of_required';
  } else if (request.closeReason) {
    return 'close_reason_not_allowed';
  }
  if (isReopening(request.from) && !request.reason) return 'reopen_reason_required';
  return null;
}

export function isOpen(status: CaseStatus): boolean {
  return status !== 'fulfilled' && status !== 'closed';
}
