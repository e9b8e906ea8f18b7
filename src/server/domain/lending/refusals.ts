// Every refusal lending's rules give, mapped to the problem the API answers with: one error code per family
// (`item_unavailable`, `lending_refused`, `loan_unavailable`, …, each 409 but `forbidden`/`not_found`) and the
// reason's key in errors.json, shown as the problem's detail in the caller's language. Use cases throw
// `new AppError(problem.code, { reasonKey: problem.reasonKey, ...params })`.
import type { GateReason } from '../../../shared/enums.js';
import { gateReasons } from '../../../shared/enums.js';
import type { LendingRefusal } from './abilities.js';
import type { DepositRefusal } from './deposits.js';
import { ledgerRefusals, type LedgerRefusal } from './item-ledger.js';
import type { ExtensionRefusal } from './loan-schedule.js';
import type { RefillRefusal } from './refills.js';
import type { StockRefusal } from './oxygen-stock.js';

/** The error codes lending adds to src/server/errors.ts, with their HTTP status. */
export const lendingErrorStatus = {
  item_unavailable: 409,
  item_taken: 409,
  lending_refused: 409,
  loan_unavailable: 409,
  refill_unavailable: 409,
  stock_unavailable: 409,
  document_rejected: 415,
} as const;
export type LendingErrorCode = keyof typeof lendingErrorStatus | 'not_found' | 'forbidden';

export interface LendingProblem {
  code: LendingErrorCode;
  /** Key in errors.json for the detail (`{{reason}}`); null for not_found and forbidden. */
  reasonKey: string | null;
}

/** Refusals beyond the pure rules, raised by use cases (a lent accessory, a line not on the order, a closed depot). */
export const useCaseItemRefusals = ['item_not_a_device', 'depot_closed', 'accessory_unavailable'] as const;
export const useCaseRefillRefusals = ['refill_item_not_on_order'] as const;

export type AnyLendingRefusal =
  | LendingRefusal
  | GateReason
  | DepositRefusal
  | ExtensionRefusal
  | RefillRefusal
  | StockRefusal
  | (typeof useCaseItemRefusals)[number]
  | (typeof useCaseRefillRefusals)[number];

const isLedger = (r: string): r is LedgerRefusal => (ledgerRefusals as readonly string[]).includes(r);
const isGate = (r: string): r is GateReason => (gateReasons as readonly string[]).includes(r);

export function lendingProblem(refusal: AnyLendingRefusal): LendingProblem {
  if (refusal === 'not_visible') return { code: 'not_found', reasonKey: null };
  if (refusal === 'forbidden' || refusal === 'coordinator_only') return { code: 'forbidden', reasonKey: null };
  if (isLedger(refusal) || (useCaseItemRefusals as readonly string[]).includes(refusal)) {
    return { code: 'item_unavailable', reasonKey: `lending_item.${refusal}` };
  }
  if (isGate(refusal)) return { code: 'lending_refused', reasonKey: `lending_gate.${refusal}` };
  if (refusal.startsWith('refill_')) return { code: 'refill_unavailable', reasonKey: `refill.${refusal}` };
  if (refusal.startsWith('stock_')) return { code: 'stock_unavailable', reasonKey: `stock.${refusal}` };
  return { code: 'loan_unavailable', reasonKey: `loan.${refusal}` };
}
