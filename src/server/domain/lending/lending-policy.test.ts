import { describe, expect, it } from 'vitest';
import { defaultLendingPolicy, resolveLendingPolicy } from './lending-policy.js';

describe('lending policy', () => {
  it('defaults: 7-day loans, 2 extensions, alert under 8 hours', () => {
    expect(resolveLendingPolicy(null)).toEqual(defaultLendingPolicy);
    expect(defaultLendingPolicy).toMatchObject({ loanDays: 7, maxExtensions: 2, stockAlertHours: 8 });
  });

  it('lays overrides over the defaults, nested ones field by field', () => {
    const policy = resolveLendingPolicy({ loanDays: 5, quietHours: { from: 21 } });
    expect(policy.loanDays).toBe(5);
    expect(policy.quietHours).toEqual({ from: 21, to: 7 });
    expect(policy.maxExtensions).toBe(2);
  });

  it('falls back to the defaults when the overrides do not read', () => {
    expect(resolveLendingPolicy({ loanDays: 0 })).toEqual(defaultLendingPolicy);
    expect(resolveLendingPolicy({ loanDays: 'seven' })).toEqual(defaultLendingPolicy);
    expect(resolveLendingPolicy('garbage')).toEqual(defaultLendingPolicy);
  });
});
