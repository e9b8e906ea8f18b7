// Pure timing rules of the jobs module: when a failed job is tried again, and which slot a scheduled job's
// run belongs to (its unique key, so however many processes schedule it, one run per slot is queued).

export interface RetryPolicy {
  /** Attempts in all, the first included; after the last one fails the job is `failed`. */
  maxAttempts: number;
  /** Pause after the first failed attempt; it doubles after each further one… */
  baseDelayMs: number;
  /** …up to this. */
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 5, baseDelayMs: 10_000, maxDelayMs: 600_000 };

/** Share of each delay the jitter may add or take away, so jobs failing together do not come back together. */
export const retryJitter = 0.2;

/**
 * How long to wait after `attempt` attempts have failed (1 after the first): base · 2^(attempt−1), capped, within
 * ±20 %. `random` returns [0, 1) and is injectable for tests; 0.5 gives the plain delay.
 */
export function retryDelayMs(
  attempt: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'> = defaultRetryPolicy,
  random: () => number = Math.random,
): number {
  const exponent = Math.min(Math.max(Math.floor(attempt), 1) - 1, 30);
  const plain = Math.min(policy.baseDelayMs * 2 ** exponent, policy.maxDelayMs);
  const factor = 1 + retryJitter * (2 * Math.min(Math.max(random(), 0), 1) - 1);
  return Math.round(plain * factor);
}

/** The start of the slot `now` falls in, for a job run every `everyMs` (slots are aligned on the epoch, in UTC). */
export function slotStart(everyMs: number, now: Date): Date {
  if (!Number.isInteger(everyMs) || everyMs <= 0) throw new Error(`bad schedule: every ${everyMs} ms`);
  return new Date(Math.floor(now.getTime() / everyMs) * everyMs);
}

/** When the slot after the one `now` falls in begins. */
export function nextSlotStart(everyMs: number, now: Date): Date {
  return new Date(slotStart(everyMs, now).getTime() + everyMs);
}

/**
 * The unique key of a scheduled run, as precise as the schedule needs: `escalation:2026-12-06T21:05` for a
 * minute's slot, `twitter-poll:2026-12-06T21:05:05` for seconds, full milliseconds otherwise.
 */
export function slotKey(name: string, everyMs: number, now: Date): string {
  const iso = slotStart(everyMs, now).toISOString(); // 2026-12-06T21:05:05.000Z
  const precise = everyMs % 60_000 === 0 ? iso.slice(0, 16) : everyMs % 1_000 === 0 ? iso.slice(0, 19) : iso;
  return `${name}:${precise}`;
}
