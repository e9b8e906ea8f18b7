import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gateReasons } from '../../../shared/enums.js';
import { ledgerRefusals } from './item-ledger.js';
import {
  lendingErrorStatus,
  lendingProblem,
  useCaseItemRefusals,
  useCaseRefillRefusals,
  type AnyLendingRefusal,
} from './refusals.js';

const catalog = (language: string) =>
  JSON.parse(readFileSync(new URL(`../../../../locales/${language}/errors.json`, import.meta.url), 'utf8')) as Record<
    string,
    Record<string, string>
  >;

/** Every refusal the rules can give (the types list them; this list is checked against them below). */
const everyRefusal: AnyLendingRefusal[] = [
  'not_visible',
  'forbidden',
  'coordinator_only',
  'loan_closed',
  'loan_handed_over',
  'loan_active',
  'deposit_settled',
  'extension_limit_reached',
  'extension_reason_required',
  'extension_days_invalid',
  'refill_order_closed',
  ...ledgerRefusals,
  ...gateReasons,
  'deposit_amount_invalid',
  'deposit_amount_required',
  'deposit_waive_reason_required',
  'deposit_not_taken',
  'deposit_exceeds_balance',
  'deposit_deduction_reason_required',
  'refill_price_missing',
  'refill_price_invalid',
  'refill_item_settled',
  'refill_item_invalid',
  'stock_entry_invalid',
  'stock_negative',
  'stock_reason_required',
  ...useCaseItemRefusals,
  ...useCaseRefillRefusals,
];

describe('lending problems', () => {
  it('scope refusals are not found and forbidden, with no reason', () => {
    expect(lendingProblem('not_visible')).toEqual({ code: 'not_found', reasonKey: null });
    expect(lendingProblem('coordinator_only')).toEqual({ code: 'forbidden', reasonKey: null });
  });

  it('each family has its code', () => {
    expect(lendingProblem('item_lent')).toEqual({ code: 'item_unavailable', reasonKey: 'lending_item.item_lent' });
    expect(lendingProblem('spo2_below_90')).toEqual({
      code: 'lending_refused',
      reasonKey: 'lending_gate.spo2_below_90',
    });
    expect(lendingProblem('deposit_exceeds_balance').code).toBe('loan_unavailable');
    expect(lendingProblem('refill_price_missing').code).toBe('refill_unavailable');
    expect(lendingProblem('stock_negative').code).toBe('stock_unavailable');
  });

  it.each(['en', 'hi'])('every reason and every code has its text in %s', (language) => {
    const errors = catalog(language);
    for (const refusal of everyRefusal) {
      const { code, reasonKey } = lendingProblem(refusal);
      expect(errors[code], code).toBeDefined();
      if (reasonKey === null) continue;
      const [family, key] = reasonKey.split('.') as [string, string];
      expect(errors[family]?.[key], reasonKey).toBeTruthy();
    }
    for (const code of Object.keys(lendingErrorStatus)) expect(errors[code]?.title, code).toBeTruthy();
    expect(errors['loan_document']?.['type_not_allowed']).toBeTruthy();
  });
});
