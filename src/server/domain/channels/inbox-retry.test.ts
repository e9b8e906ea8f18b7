import { describe, expect, it } from 'vitest';
import { inboxRetryDelayMs, maxInboxAttempts } from './inbox-retry.js';

describe('inbox retries', () => {
  it('waits longer after each failure and never more than five minutes', () => {
    const delays = Array.from({ length: maxInboxAttempts + 2 }, (_, i) => inboxRetryDelayMs(i + 1));
    expect(delays.slice(0, 4)).toEqual([2_000, 10_000, 60_000, 300_000]);
    expect(Math.max(...delays)).toBe(300_000);
    for (let i = 1; i < delays.length; i += 1) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1] ?? 0);
  });
});
