// An organisation's lending policy: the stored overrides laid over the defaults (shared/contracts/lending-policy.ts).
import { defaultLendingPolicy, lendingPolicy, type LendingPolicy } from '../../../shared/contracts/lending-policy.js';

export { defaultLendingPolicy, type LendingPolicy };

/** Overrides laid over the defaults; unreadable overrides fall back to the defaults as a whole. */
export function resolveLendingPolicy(overrides: unknown): LendingPolicy {
  const o = (overrides !== null && typeof overrides === 'object' ? overrides : {}) as Partial<LendingPolicy>;
  const merged = {
    ...defaultLendingPolicy,
    ...o,
    quietHours: { ...defaultLendingPolicy.quietHours, ...(o.quietHours ?? {}) },
    suggestedDeposit: { ...defaultLendingPolicy.suggestedDeposit, ...(o.suggestedDeposit ?? {}) },
  };
  const parsed = lendingPolicy.safeParse(merged);
  return parsed.success ? parsed.data : defaultLendingPolicy;
}
