import { describe, expect, it } from 'vitest';
import { deadlockDetected, retryOnDeadlock, uniqueViolation } from './errors.js';

const wrapped = (code: string) => Object.assign(new Error('query failed'), { cause: { code, constraint: 'c_idx' } });

describe('driver errors', () => {
  it('finds a unique violation or a deadlock under Drizzle’s wrapping, and nothing else', () => {
    expect(uniqueViolation(wrapped('23505'))).toBe('c_idx');
    expect(uniqueViolation(wrapped('40P01'))).toBeNull();
    expect(deadlockDetected(wrapped('40P01'))).toBe(true);
    expect(deadlockDetected(wrapped('23505'))).toBe(false);
    expect(deadlockDetected(new Error('plain'))).toBe(false);
  });

  it('runs a transaction again after a deadlock, at most the attempts given, and never after another error', async () => {
    let runs = 0;
    await expect(
      retryOnDeadlock(async () => {
        runs += 1;
        if (runs < 3) throw wrapped('40P01');
        return 'done';
      }),
    ).resolves.toBe('done');
    expect(runs).toBe(3);

    runs = 0;
    await expect(
      retryOnDeadlock(async () => {
        runs += 1;
        throw wrapped('40P01');
      }, 2),
    ).rejects.toThrow('query failed');
    expect(runs).toBe(2);

    runs = 0;
    await expect(
      retryOnDeadlock(async () => {
        runs += 1;
        throw wrapped('23505');
      }),
    ).rejects.toThrow('query failed');
    expect(runs).toBe(1);
  });
});
