import { describe, expect, it } from 'vitest';
import { TokenBucket } from './rate-limit.js';

describe('token bucket', () => {
  it('lets a burst through, then paces at the rate', () => {
    const bucket = new TokenBucket({ ratePerSecond: 2, burst: 3 });
    const t0 = 1_000_000;
    expect([bucket.take(t0), bucket.take(t0), bucket.take(t0)]).toEqual([0, 0, 0]);
    expect(bucket.take(t0)).toBe(500);
    expect(bucket.take(t0 + 250)).toBe(250);
    expect(bucket.take(t0 + 500)).toBe(0);
    expect(bucket.take(t0 + 500)).toBe(500);
  });

  it('asking does not use up a token', () => {
    const bucket = new TokenBucket({ ratePerSecond: 1, burst: 1 });
    expect(bucket.take(0)).toBe(0);
    expect(bucket.take(0)).toBe(1000);
    expect(bucket.take(0)).toBe(1000);
    expect(bucket.take(1000)).toBe(0);
  });

  it('refills no further than the burst', () => {
    const bucket = new TokenBucket({ ratePerSecond: 10, burst: 2 });
    bucket.take(0);
    expect(bucket.available(3_600_000)).toBe(2);
    expect([bucket.take(3_600_000), bucket.take(3_600_000), bucket.take(3_600_000)]).toEqual([0, 0, 100]);
  });

  it('takes dates as well as milliseconds', () => {
    const bucket = new TokenBucket({ ratePerSecond: 1, burst: 1 });
    expect(bucket.take(new Date('2024-05-01T10:00:00Z'))).toBe(0);
    expect(bucket.take(new Date('2024-05-01T10:00:00.400Z'))).toBe(600);
  });

  it('a clock stepping back neither adds nor removes tokens', () => {
    const bucket = new TokenBucket({ ratePerSecond: 1, burst: 1 });
    expect(bucket.take(10_000)).toBe(0);
    expect(bucket.take(5_000)).toBe(1000);
    expect(bucket.take(11_000)).toBe(0);
  });

  it('paces slow rates', () => {
    const bucket = new TokenBucket({ ratePerSecond: 0.5, burst: 1 });
    expect(bucket.take(0)).toBe(0);
    expect(bucket.take(0)).toBe(2000);
  });

  it('refuses nonsense settings', () => {
    expect(() => new TokenBucket({ ratePerSecond: 0, burst: 1 })).toThrow(RangeError);
    expect(() => new TokenBucket({ ratePerSecond: 1, burst: 0 })).toThrow(RangeError);
    expect(() => new TokenBucket({ ratePerSecond: Number.NaN, burst: 1 })).toThrow(RangeError);
  });
});
