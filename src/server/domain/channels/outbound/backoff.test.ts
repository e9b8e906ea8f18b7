import { describe, expect, it } from 'vitest';
import { backoffDelaysMs, maxSendAttempts, nextAttemptDelayMs, shouldGiveUp } from './backoff.js';

const middle = () => 0.5;

describe('retry backoff', () => {
  it.each([
    [1, 5_000],
    [2, 30_000],
    [3, 120_000],
    [4, 600_000],
    [5, 1_800_000],
  ])('after %i failed attempts waits %i ms (no jitter)', (attempt, ms) => {
    expect(nextAttemptDelayMs(attempt, middle)).toBe(ms);
  });

  it('grows with every attempt', () => {
    const delays = [1, 2, 3, 4, 5].map((a) => nextAttemptDelayMs(a, middle));
    expect([...delays].sort((a, b) => a - b)).toEqual(delays);
    expect(backoffDelaysMs).toHaveLength(maxSendAttempts - 1);
  });

  it('jitters within ±20 %', () => {
    expect(nextAttemptDelayMs(1, () => 0)).toBe(4_000);
    expect(nextAttemptDelayMs(1, () => 0.999999)).toBe(6_000);
    expect(nextAttemptDelayMs(3, () => 0.25)).toBe(108_000);
    for (let i = 0; i < 200; i += 1) {
      const ms = nextAttemptDelayMs(2);
      expect(ms).toBeGreaterThanOrEqual(24_000);
      expect(ms).toBeLessThanOrEqual(36_000);
    }
  });

  it('clamps odd attempts and random values', () => {
    expect(nextAttemptDelayMs(0, middle)).toBe(5_000);
    expect(nextAttemptDelayMs(-3, middle)).toBe(5_000);
    expect(nextAttemptDelayMs(99, middle)).toBe(1_800_000);
    expect(nextAttemptDelayMs(1, () => 7)).toBe(6_000);
  });

  it('gives up after six attempts', () => {
    expect([1, 2, 3, 4, 5].map(shouldGiveUp)).toEqual([false, false, false, false, false]);
    expect(shouldGiveUp(6)).toBe(true);
    expect(shouldGiveUp(7)).toBe(true);
  });
});
