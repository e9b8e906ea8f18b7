import { describe, expect, it } from 'vitest';
import { nextTwitterPollAt, twitterRateLimit } from './rate-limit.js';

const now = new Date('2025-05-12T16:00:00.000Z');
const reset = String(Date.parse('2025-05-12T16:09:30.000Z') / 1000);
const minute = 60_000;

describe('twitterRateLimit', () => {
  it('reads remaining calls and the reset time from unix seconds', () => {
    expect(twitterRateLimit({ 'x-rate-limit-remaining': '7', 'x-rate-limit-reset': reset }, now)).toEqual({
      remaining: 7,
      resetAt: new Date('2025-05-12T16:09:30.000Z'),
    });
    expect(twitterRateLimit(new Headers({ 'X-Rate-Limit-Remaining': '0', 'X-Rate-Limit-Reset': reset }), now)).toEqual({
      remaining: 0,
      resetAt: new Date('2025-05-12T16:09:30.000Z'),
    });
  });

  it('knows nothing without headers, and assumes a full window when spent without a reset time', () => {
    expect(twitterRateLimit({}, now)).toEqual({ remaining: null, resetAt: null });
    expect(twitterRateLimit({ 'x-rate-limit-remaining': '0' }, now)).toEqual({
      remaining: 0,
      resetAt: new Date('2025-05-12T16:15:00.000Z'),
    });
  });
});

describe('nextTwitterPollAt', () => {
  it('polls again after the usual interval while calls remain', () => {
    const headers = { 'x-rate-limit-remaining': '3', 'x-rate-limit-reset': reset };
    expect(nextTwitterPollAt({ status: 200, headers, now, intervalMs: minute })).toEqual(
      new Date('2025-05-12T16:01:00.000Z'),
    );
  });

  it('waits for the reset when the quota is spent or the answer was 429', () => {
    const spent = { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': reset };
    expect(nextTwitterPollAt({ status: 200, headers: spent, now, intervalMs: minute })).toEqual(
      new Date('2025-05-12T16:09:31.000Z'),
    );
    expect(
      nextTwitterPollAt({ status: 429, headers: { 'x-rate-limit-reset': reset }, now, intervalMs: minute }),
    ).toEqual(new Date('2025-05-12T16:09:31.000Z'));
    expect(nextTwitterPollAt({ status: 429, headers: {}, now, intervalMs: minute })).toEqual(
      new Date('2025-05-12T16:15:01.000Z'),
    );
  });

  it('never polls sooner than the usual interval, even when the reset is near or past', () => {
    const soon = String(Date.parse('2025-05-12T16:00:10.000Z') / 1000);
    expect(
      nextTwitterPollAt({ status: 429, headers: { 'x-rate-limit-reset': soon }, now, intervalMs: 2 * minute }),
    ).toEqual(new Date('2025-05-12T16:02:00.000Z'));
  });
});
