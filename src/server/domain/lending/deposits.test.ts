import { describe, expect, it } from 'vitest';
import { checkDeposit, depositBalance, settleDeposit } from './deposits.js';

describe('taking a deposit', () => {
  it('a paid mode takes a positive whole amount', () => {
    for (const mode of ['cash', 'upi', 'bank', 'cheque'] as const) {
      expect(checkDeposit({ amount: 5000, mode })).toBeNull();
      expect(checkDeposit({ amount: 0, mode })).toBe('deposit_amount_required');
    }
    expect(checkDeposit({ amount: -1, mode: 'cash' })).toBe('deposit_amount_invalid');
    expect(checkDeposit({ amount: 99.5, mode: 'upi' })).toBe('deposit_amount_invalid');
  });

  it('waived takes nothing and says why; none takes nothing', () => {
    expect(checkDeposit({ amount: 0, mode: 'waived', reason: 'daily wage family' })).toBeNull();
    expect(checkDeposit({ amount: 0, mode: 'waived', reason: ' ' })).toBe('deposit_waive_reason_required');
    expect(checkDeposit({ amount: 0, mode: 'waived' })).toBe('deposit_waive_reason_required');
    expect(checkDeposit({ amount: 100, mode: 'waived', reason: 'r' })).toBe('deposit_amount_invalid');
    expect(checkDeposit({ amount: 0, mode: 'none' })).toBeNull();
    expect(checkDeposit({ amount: 10, mode: 'none' })).toBe('deposit_amount_invalid');
  });
});

describe('refunds and deductions', () => {
  const held = { amount: 5000, refunded: 0, deducted: 0 };

  it('refunds in full, or deducts with a reason and refunds the rest', () => {
    expect(settleDeposit(held, { kind: 'refund', amount: 5000 })).toEqual({
      ok: true,
      deposit: { amount: 5000, refunded: 5000, deducted: 0 },
    });
    const deducted = settleDeposit(held, { kind: 'deduct', amount: 500, reason: 'mask not returned' });
    expect(deducted).toEqual({ ok: true, deposit: { amount: 5000, refunded: 0, deducted: 500 } });
    if (!deducted.ok) throw new Error('unreachable');
    expect(depositBalance(deducted.deposit)).toBe(4500);
    expect(settleDeposit(deducted.deposit, { kind: 'refund', amount: 4500 }).ok).toBe(true);
  });

  it('never goes below zero', () => {
    expect(settleDeposit(held, { kind: 'refund', amount: 5001 })).toEqual({
      ok: false,
      code: 'deposit_exceeds_balance',
    });
    const spent = { amount: 5000, refunded: 4500, deducted: 500 };
    expect(settleDeposit(spent, { kind: 'refund', amount: 1 })).toEqual({ ok: false, code: 'deposit_exceeds_balance' });
    expect(settleDeposit(spent, { kind: 'deduct', amount: 1, reason: 'r' })).toEqual({
      ok: false,
      code: 'deposit_exceeds_balance',
    });
  });

  it('a deduction needs a reason; amounts are positive whole rupees; a waived deposit has nothing to settle', () => {
    expect(settleDeposit(held, { kind: 'deduct', amount: 100 })).toEqual({
      ok: false,
      code: 'deposit_deduction_reason_required',
    });
    for (const amount of [0, -10, 10.5]) {
      expect(settleDeposit(held, { kind: 'refund', amount })).toEqual({ ok: false, code: 'deposit_amount_invalid' });
    }
    expect(settleDeposit({ amount: 0, refunded: 0, deducted: 0 }, { kind: 'refund', amount: 1 })).toEqual({
      ok: false,
      code: 'deposit_not_taken',
    });
  });
});
