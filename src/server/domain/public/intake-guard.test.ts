import { describe, expect, it } from 'vitest';
import { IntakeGuard } from './intake-guard.js';

describe('public intake guard', () => {
  const policy = { challengeAfterPerIp: 2, maxPerIp: 4, maxPerPhone: 3 };

  it('asks a noisy IP for proof of work, then stops it', () => {
    const guard = new IntakeGuard(policy);
    const t = 1_000;
    for (let i = 0; i < 2; i += 1) {
      expect(guard.check('1.1.1.1', `+91900000000${i}`, false, t)).toBe('allow');
      guard.record('1.1.1.1', `+91900000000${i}`, t);
    }
    expect(guard.check('1.1.1.1', '+919000000009', false, t)).toBe('challenge');
    expect(guard.check('1.1.1.1', '+919000000009', true, t)).toBe('allow');
    guard.record('1.1.1.1', '+919000000007', t);
    guard.record('1.1.1.1', '+919000000008', t);
    expect(guard.check('1.1.1.1', '+919000000009', true, t)).toBe('limit_ip');
    expect(guard.check('2.2.2.2', '+919000000009', false, t)).toBe('allow');
  });

  it('limits one phone across addresses, and forgets after an hour', () => {
    const guard = new IntakeGuard(policy);
    for (let i = 0; i < 3; i += 1) guard.record(`10.0.0.${i}`, '+919839012345', 0);
    expect(guard.check('10.0.0.9', '+919839012345', true, 10)).toBe('limit_phone');
    expect(guard.check('10.0.0.9', '+919839012345', true, 3_600_001)).toBe('allow');
  });
});
