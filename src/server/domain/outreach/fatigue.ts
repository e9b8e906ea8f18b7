// A donor is not worn out by asks: at most N asks (default 2) of their phone in 30 days, counted across
// organisations, since the same person registered with two helplines is still one person.
import type { BloodPolicy } from '../blood/blood-policy.js';

export const fatigueWindowDays = 30;

export interface Fatigue {
  fatigued: boolean;
  count: number;
  limit: number;
  days: number;
  /** Whole days since the last ask, or null when never asked. */
  lastAskedDays: number | null;
}

/** The start of the window asks are counted in. */
export function fatigueWindowStart(now: Date): Date {
  return new Date(now.getTime() - fatigueWindowDays * 86_400_000);
}

export function fatigue(
  asksInWindow: number,
  lastAskedAt: Date | null,
  now: Date,
  policy: Pick<BloodPolicy, 'maxAsksPer30Days'>,
): Fatigue {
  return {
    fatigued: asksInWindow >= policy.maxAsksPer30Days,
    count: asksInWindow,
    limit: policy.maxAsksPer30Days,
    days: fatigueWindowDays,
    lastAskedDays: lastAskedAt ? Math.max(0, Math.floor((now.getTime() - lastAskedAt.getTime()) / 86_400_000)) : null,
  };
}
