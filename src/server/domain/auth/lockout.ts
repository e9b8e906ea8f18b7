// Temporary lockout after repeated failed sign-ins, per identifier (so an attacker cannot lock a
// person out from many IPs faster than the per-IP rate limit allows, and unknown ids look the same).

export const lockoutPolicy = {
  maxFailures: 5,
  lockMinutes: 15,
  /** Failures older than this are forgotten. */
  windowMinutes: 15,
} as const;

export interface ThrottleState {
  failures: number;
  lockedUntil: Date | null;
  lastFailureAt: Date;
}

export function lockedMinutesLeft(state: ThrottleState | undefined, now: Date): number {
  if (!state?.lockedUntil || state.lockedUntil <= now) return 0;
  return Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 60_000);
}

/** The state after one more failure; `locked` says whether this failure started a lockout. */
export function afterFailure(
  state: ThrottleState | undefined,
  now: Date,
  policy = lockoutPolicy,
): { next: ThrottleState; locked: boolean } {
  const isFresh =
    !state ||
    (state.lockedUntil !== null && state.lockedUntil <= now) ||
    now.getTime() - state.lastFailureAt.getTime() > policy.windowMinutes * 60_000;
  const failures = (isFresh ? 0 : state.failures) + 1;
  const locked = failures >= policy.maxFailures;
  return {
    next: {
      failures,
      lockedUntil: locked ? new Date(now.getTime() + policy.lockMinutes * 60_000) : null,
      lastFailureAt: now,
    },
    locked,
  };
}

/**
 * The counters one sign-in attempt moves: the identifier as typed (so unknown ids lock like known ones and
 * lockout does not reveal who has an account) and, when it names an account, the account itself (so its
 * phone and its e-mail share one budget of guesses). Sorted, so concurrent attempts lock rows in one order.
 */
export function throttleKeys(identifier: string, userId: string | null): string[] {
  const keys = [`id:${identifier}`];
  if (userId) keys.push(accountThrottleKey(userId));
  return keys.sort();
}

export const accountThrottleKey = (userId: string): string => `account:${userId}`;

export type AttemptVerdict = { kind: 'locked'; minutes: number } | { kind: 'allowed'; lockedNow: boolean };

/**
 * Counts an attempt before its password is checked (a success clears it afterwards), so a burst of parallel
 * guesses gets at most `maxFailures` checks: the rest find the lock. Returns the verdict and the new states.
 */
export function reserveAttempt(
  states: readonly (ThrottleState | undefined)[],
  now: Date,
  policy = lockoutPolicy,
): { verdict: AttemptVerdict; next: ThrottleState[] | null } {
  const minutes = Math.max(0, ...states.map((s) => lockedMinutesLeft(s, now)));
  if (minutes > 0) return { verdict: { kind: 'locked', minutes }, next: null };
  const results = states.map((s) => afterFailure(s, now, policy));
  return {
    verdict: { kind: 'allowed', lockedNow: results.some((r) => r.locked) },
    next: results.map((r) => r.next),
  };
}
