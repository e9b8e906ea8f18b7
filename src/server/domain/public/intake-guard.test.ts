import { describe, expect, it } from 'vitest';
import { IntakeGuard } from '../../infrastructure/intake-guard.js';
import { judgeIntake } from './intake-guard.js';

const policy = { challengeAfterPerIp: 2, maxPerIp: 4, maxPerPhone: 3 };

describe('public intake rule', () => {
  it.each([
    [{ ipCount: 1, phoneCount: 1 }, false, 'allow'],
    [{ ipCount: 2, phoneCount: 1 }, false, 'allow'],
    [{ ipCount: 3, phoneCount: 1 }, false, 'challenge'],
    [{ ipCount: 3, phoneCount: 1 }, true, 'allow'],
    [{ ipCount: 5, phoneCount: 1 }, true, 'limit_ip'],
    [{ ipCount: 1, phoneCount: 4 }, true, 'limit_phone'],
    [{ ipCount: 5, phoneCount: 4 }, false, 'limit_ip'],
  ] as const)('%o with a solved challenge %s → %s', (counts, solved, verdict) => {
    expect(judgeIntake(counts, solved, policy)).toBe(verdict);
  });
});

describe('public intake guard (counted in memory)', () => {
  it('asks a noisy IP for proof of work, then stops it; refused attempts count', async () => {
    const guard = new IntakeGuard(policy);
    expect(await guard.admit('1.1.1.1', '+919000000000', false)).toBe('allow');
    expect(await guard.admit('1.1.1.1', '+919000000001', false)).toBe('allow');
    expect(await guard.admit('1.1.1.1', '+919000000002', false)).toBe('challenge');
    expect(await guard.admit('1.1.1.1', '+919000000003', true)).toBe('allow');
    expect(await guard.admit('1.1.1.1', '+919000000004', true)).toBe('limit_ip');
    expect(await guard.admit('2.2.2.2', '+919000000005', false)).toBe('allow');
  });

  it('lets exactly the free ones through when a burst arrives at once', async () => {
    const guard = new IntakeGuard(policy);
    const verdicts = await Promise.all(
      Array.from({ length: 50 }, (_, i) => guard.admit('3.3.3.3', `+9190000001${i % 10}0`, false)),
    );
    expect(verdicts.filter((v) => v === 'allow')).toHaveLength(policy.challengeAfterPerIp);
  });

  it('limits one phone across addresses', async () => {
    const guard = new IntakeGuard(policy);
    for (let i = 0; i < 3; i += 1) expect(await guard.admit(`10.0.0.${i}`, '+919839012345', true)).toBe('allow');
    expect(await guard.admit('10.0.0.9', '+919839012345', true)).toBe('limit_phone');
  });
});
