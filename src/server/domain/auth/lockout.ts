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
