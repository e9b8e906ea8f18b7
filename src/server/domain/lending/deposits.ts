// A loan's deposit, in whole rupees: taken at the hand-over (or waived, with a reason), then refunded or deducted
// (damage, a missing accessory, with a reason) after the return. Nothing ever takes it below zero: what is refunded
// plus what is deducted never exceeds what was taken.
import type { DepositMode } from '../../../shared/enums.js';

export interface DepositTaken {
  amount: number;
  mode: DepositMode;
  receiptNumber?: string | null;
  /** Required when waived. */
  reason?: string | null;
}

export type DepositRefusal =
  | 'deposit_amount_invalid'
  | 'deposit_amount_required'
  | 'deposit_waive_reason_required'
  | 'deposit_not_taken'
  | 'deposit_exceeds_balance'
  | 'deposit_deduction_reason_required';

const wholeRupees = (n: number) => Number.isInteger(n) && n >= 0;

/** A deposit as taken: a paid mode takes more than nothing; `waived` and `none` take nothing (waived says why). */
export function checkDeposit(deposit: DepositTaken): DepositRefusal | null {
  if (!wholeRupees(deposit.amount)) return 'deposit_amount_invalid';
  if (deposit.mode === 'waived' || deposit.mode === 'none') {
    if (deposit.amount !== 0) return 'deposit_amount_invalid';
    if (deposit.mode === 'waived' && !deposit.reason?.trim()) return 'deposit_waive_reason_required';
    return null;
  }
  return deposit.amount > 0 ? null : 'deposit_amount_required';
}

export interface DepositBalance {
  amount: number;
  refunded: number;
  deducted: number;
}

/** What is still held. */
export const depositBalance = (d: DepositBalance): number => d.amount - d.refunded - d.deducted;

export interface Settlement {
  kind: 'refund' | 'deduct';
  amount: number;
  reason?: string | null;
}

/**
 * A refund or a deduction against what is held: a positive whole amount no larger than the balance; a deduction says
 * why. Several may follow one another (deduct ₹500 for a lost mask, refund the rest).
 */
export function settleDeposit(
  deposit: DepositBalance,
  settlement: Settlement,
): { ok: true; deposit: DepositBalance } | { ok: false; code: DepositRefusal } {
  if (!wholeRupees(settlement.amount) || settlement.amount === 0) return { ok: false, code: 'deposit_amount_invalid' };
  if (deposit.amount === 0) return { ok: false, code: 'deposit_not_taken' };
  if (settlement.kind === 'deduct' && !settlement.reason?.trim()) {
    return { ok: false, code: 'deposit_deduction_reason_required' };
  }
  if (settlement.amount > depositBalance(deposit)) return { ok: false, code: 'deposit_exceeds_balance' };
  return {
    ok: true,
    deposit:
      settlement.kind === 'refund'
        ? { ...deposit, refunded: deposit.refunded + settlement.amount }
        : { ...deposit, deducted: deposit.deducted + settlement.amount },
  };
}
