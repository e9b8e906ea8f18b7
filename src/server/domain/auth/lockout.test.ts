import { describe, expect, it } from 'vitest';
import { afterFailure, lockedMinutesLeft, lockoutPolicy } from './lockout.js';

const t0 = new Date('2026-11-22T10:00:00Z');
const minutes = (n: number): Date => new Date(t0.getTime() + n * 60_000);

describe('sign-in lockout', () => {
  it('locks on the fifth failure within the window, for 15 minutes', () => {
    let state = undefined as ReturnType<typeof afterFailure>['next'] | undefined;
    for (let i = 1; i <= lockoutPolicy.maxFailures; i += 1) {
      const result = afterFailure(state, minutes(i));
      expect(result.locked).toBe(i === lockoutPolicy.maxFailures);
      state = result.next;
    }
    expect(lockedMinutesLeft(state, minutes(5))).toBe(15);
    expect(lockedMinutesLeft(state, minutes(19.5))).toBe(1);
    expect(lockedMinutesLeft(state, minutes(20))).toBe(0);
  });

  it('forgets failures older than the window', () => {
    const old = { failures: 4, lockedUntil: null, lastFailureAt: t0 };
    expect(afterFailure(old, minutes(16))).toMatchObject({ locked: false, next: { failures: 1 } });
    expect(afterFailure(old, minutes(14))).toMatchObject({ locked: true, next: { failures: 5 } });
  });

  it('starts afresh after a lock has expired', () => {
    const expired = { failures: 5, lockedUntil: minutes(15), lastFailureAt: t0 };
    expect(afterFailure(expired, minutes(15))).toMatchObject({
      locked: false,
      next: { failures: 1, lockedUntil: null },
    });
  });

  it('an unknown identifier is not locked', () => {
    expect(lockedMinutesLeft(undefined, t0)).toBe(0);
  });
});
