import { describe, expect, it } from 'vitest';
import { nextSlotStart, retryDelayMs, slotKey, slotStart } from './job-timing.js';

describe('retry delays', () => {
  const policy = { baseDelayMs: 10_000, maxDelayMs: 600_000 };
  const plain = () => 0.5;

  it('double after each failed attempt, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((attempt) => retryDelayMs(attempt, policy, plain))).toEqual([
      10_000, 20_000, 40_000, 80_000, 160_000, 320_000, 600_000, 600_000,
    ]);
  });

  it('stay within ±20 % of the plain delay', () => {
    expect(retryDelayMs(1, policy, () => 0)).toBe(8_000);
    expect(retryDelayMs(1, policy, () => 0.999_999)).toBe(12_000);
    for (let i = 0; i < 200; i += 1) {
      const delay = retryDelayMs(3, policy);
      expect(delay).toBeGreaterThanOrEqual(32_000);
      expect(delay).toBeLessThanOrEqual(48_000);
    }
  });

  it('treat nonsense attempts as the first and huge ones as capped', () => {
    expect(retryDelayMs(0, policy, plain)).toBe(10_000);
    expect(retryDelayMs(-3, policy, plain)).toBe(10_000);
    expect(retryDelayMs(10_000, policy, plain)).toBe(600_000);
  });
});

describe('schedule slots', () => {
  const at = new Date('2026-12-06T21:05:42.123Z');

  it('start on the epoch-aligned boundary the moment falls after', () => {
    expect(slotStart(60_000, at).toISOString()).toBe('2026-12-06T21:05:00.000Z');
    expect(slotStart(5_000, at).toISOString()).toBe('2026-12-06T21:05:40.000Z');
    expect(slotStart(3_600_000, at).toISOString()).toBe('2026-12-06T21:00:00.000Z');
    expect(nextSlotStart(60_000, at).toISOString()).toBe('2026-12-06T21:06:00.000Z');
  });

  it('name each slot as precisely as its schedule needs', () => {
    expect(slotKey('escalation', 60_000, at)).toBe('escalation:2026-12-06T21:05');
    expect(slotKey('twitter-poll', 5_000, at)).toBe('twitter-poll:2026-12-06T21:05:40');
    expect(slotKey('fast', 250, at)).toBe('fast:2026-12-06T21:05:42.000Z');
  });

  it('give every moment of one slot the same key, and the next slot another', () => {
    const keys = new Set(
      [0, 1, 30_000, 59_999].map((ms) => slotKey('escalation', 60_000, new Date(Date.UTC(2026, 11, 6, 21, 5) + ms))),
    );
    expect([...keys]).toEqual(['escalation:2026-12-06T21:05']);
    expect(slotKey('escalation', 60_000, new Date(Date.UTC(2026, 11, 6, 21, 6)))).toBe('escalation:2026-12-06T21:06');
  });

  it('refuse a schedule that is not a positive whole number of milliseconds', () => {
    expect(() => slotStart(0, at)).toThrow();
    expect(() => slotStart(1.5, at)).toThrow();
  });
});
