// X answers every call with x-rate-limit-remaining and x-rate-limit-reset (unix seconds) for its
// 15-minute window; once remaining hits 0, or on 429, further calls only extend the lock-out.
import { headerValue, type HeaderSource } from '../headers.js';

const windowMs = 15 * 60_000;

export interface TwitterRateLimit {
  remaining: number | null;
  resetAt: Date | null;
}

export function twitterRateLimit(headers: HeaderSource, now: Date): TwitterRateLimit {
  const remaining = integer(headerValue(headers, 'x-rate-limit-remaining'));
  const reset = integer(headerValue(headers, 'x-rate-limit-reset'));
  // Without a reset time, an exhausted quota is assumed to return after one full window.
  const resetAt = reset !== null ? new Date(reset * 1000) : remaining === 0 ? new Date(now.getTime() + windowMs) : null;
  return { remaining, resetAt };
}

/**
 * When to poll next: the usual interval, unless the quota is spent (remaining 0 or HTTP 429), then not
 * before the window resets (plus a second, as X's clock and ours differ).
 */
export function nextTwitterPollAt(input: {
  status: number;
  headers: HeaderSource;
  now: Date;
  intervalMs: number;
}): Date {
  const { status, headers, now, intervalMs } = input;
  const usual = new Date(now.getTime() + intervalMs);
  const limit = twitterRateLimit(headers, now);
  if (status !== 429 && limit.remaining !== 0) return usual;
  const resetAt = limit.resetAt ?? new Date(now.getTime() + windowMs);
  const afterReset = new Date(resetAt.getTime() + 1000);
  return afterReset > usual ? afterReset : usual;
}

function integer(value: string | undefined): number | null {
  if (value === undefined || !/^\d+$/.test(value.trim())) return null;
  return Number(value.trim());
}
