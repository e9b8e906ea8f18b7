// What a desk worker may do with a missed call to ring back, decided once for the list (its `can`) and for the
// actions (their guard). An operator holds a call while ringing back; the hold lapses so nobody is forgotten.
import type { CallbackStatus } from '../../../shared/enums.js';
import { callbackHoldMinutes } from './callback-hold.js';

export type CallbackRefusal = 'done' | 'taken' | 'not_holder';

export interface CallbackForAbilities {
  status: CallbackStatus;
  claimedById: string | null;
  claimedAt: Date | null;
}

export function callbackAbilities(
  userId: string,
  c: CallbackForAbilities,
  now: Date,
): Record<'claim' | 'complete' | 'release', true | CallbackRefusal> {
  const heldByOther =
    c.status === 'calling' &&
    c.claimedById !== userId &&
    c.claimedAt !== null &&
    now.getTime() - c.claimedAt.getTime() < callbackHoldMinutes * 60_000;
  const open = c.status === 'done' ? 'done' : heldByOther ? 'taken' : true;
  return {
    // Claiming one's own hold again is allowed (a no-op), but not offered.
    claim: open,
    complete: open,
    release: c.status === 'calling' && c.claimedById === userId ? true : c.status === 'done' ? 'done' : 'not_holder',
  };
}
