import { describe, expect, it } from 'vitest';
import { isLoop, loopLimit, loopText, loopWindowMinutes, loopWindowMs } from './loop-guard.js';

describe('loop guard', () => {
  it('holds back the sixth identical message within 30 minutes', () => {
    expect(loopLimit).toBe(5);
    expect(loopWindowMinutes).toBe(30);
    expect(loopWindowMs).toBe(1_800_000);
    // The count is of identical messages already sent: five may go, the sixth is held.
    expect([0, 1, 2, 3, 4].map((n) => isLoop(n))).toEqual([false, false, false, false, false]);
    expect(isLoop(5)).toBe(true);
    expect(isLoop(50)).toBe(true);
  });

  it('takes another limit', () => {
    expect(isLoop(1, 2)).toBe(false);
    expect(isLoop(2, 2)).toBe(true);
  });

  it('compares texts without case or spacing', () => {
    expect(loopText('  Reply  STATUS\nKNP-4F7Q ')).toBe(loopText('reply status knp-4f7q'));
    expect(loopText('मेनू')).toBe('मेनू');
  });
});
