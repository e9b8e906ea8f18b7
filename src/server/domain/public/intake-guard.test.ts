import { describe, expect, it } from 'vitest';
import { IntakeGuard } from './intake-guard.js';

describe('public intake guard', () => {
  const policy = { challengeAfterPerIp: 2, maxPerIp: 4, maxPerPhone: 3 };

  it('asks a noisy IP for proof of work, then stops it', () => {
    const guard = new IntakeGuard(policy);
    const t = 1_000;
    expect(guard.admit('1.1.1.1', '+919000000000', false, t)).toBe('allow');
    expect(guard.admit('1.1.1.1', '+919000000001', false, t)).toBe('allow');
    expect(guard.admit('1.1.1.1', '+919000000002', false, t)).toBe('challenge');
    expect(guard.admit('1.1.1.1', '+919000000003', true, t)).toBe('allow');
    // The refused attempt counted: this is the fifth from the address, one past its hard limit.
    expect(guard.admit('1.1.1.1', '+919000000004', true, t)).toBe('limit_ip');
    expect(guard.admit('2.2.2.2', '+919000000005', false, t)).toBe('allow');
  });

  it('lets exactly the limit through when a burst arrives at once', () => {
    const guard = new IntakeGuard(policy);
    const verdicts = Array.from({ length: 50 }, (_, i) => guard.admit('3.3.3.3', `+9190000001${i % 10}0`, false, 5));
    expect(verdicts.filter((v) => v === 'allow')).toHaveLength(policy.challengeAfterPerIp);
  });

  it('limits one phone across addresses, and forgets after an hour', () => {
    const guard = new IntakeGuard(policy);
    for (let i = 0; i < 3; i += 1) expect(guard.admit(`10.0.0.${i}`, '+919839012345', true, 0)).toBe('allow');
    expect(guard.admit('10.0.0.9', '+919839012345', true, 10)).toBe('limit_phone');
    expect(guard.admit('10.0.0.9', '+919839012345', true, 3_600_001)).toBe('allow');
  });
});
