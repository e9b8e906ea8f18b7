import { describe, expect, it } from 'vitest';
import { refillItemStatuses } from '../../../shared/enums.js';
import {
  canAddToRefillOrder,
  checkRefillPrices,
  refillCost,
  refillMovement,
  refillOrderStatus,
  settleRefillLine,
  type RefillLine,
} from './refills.js';

const prices = { B: 150, D: 300 };

describe('refill cost', () => {
  it('estimated over what was sent, due over what came back filled', () => {
    const lines: RefillLine[] = [
      { cylinderType: 'B', status: 'returned_full' },
      { cylinderType: 'B', status: 'returned_unfilled' },
      { cylinderType: 'D', status: 'sent' },
      { cylinderType: 'D', status: 'lost' },
    ];
    expect(refillCost(lines, prices)).toEqual({ ok: true, estimated: 600, due: 150 });
    expect(refillCost([], prices)).toEqual({ ok: true, estimated: 0, due: 0 });
  });

  it('names a type the vendor has no price for', () => {
    expect(refillCost([{ cylinderType: 'B_small', status: 'sent' }], prices)).toEqual({
      ok: false,
      code: 'refill_price_missing',
      cylinderType: 'B_small',
    });
  });

  it('prices are whole rupees, zero allowed (a donated refill)', () => {
    expect(checkRefillPrices({ B: 0, D: 325 })).toBeNull();
    expect(checkRefillPrices({ B: -1 })).toBe('refill_price_invalid');
    expect(checkRefillPrices({ D: 250.5 })).toBe('refill_price_invalid');
  });
});

describe('settling a line', () => {
  it('only once, from sent, and never back to sent', () => {
    for (const from of refillItemStatuses) {
      for (const to of refillItemStatuses) {
        const expected = to === 'sent' ? 'refill_item_invalid' : from === 'sent' ? null : 'refill_item_settled';
        expect(settleRefillLine(from, to)).toBe(expected);
      }
    }
  });

  it('each settlement is a ledger movement of the cylinder', () => {
    expect(refillMovement('returned_full')).toEqual({ kind: 'back_from_refill', condition: 'full' });
    expect(refillMovement('returned_unfilled')).toEqual({ kind: 'back_from_refill', condition: 'empty' });
    expect(refillMovement('lost')).toEqual({ kind: 'written_off', condition: null });
  });
});

describe('order status', () => {
  const line = (status: RefillLine['status']): RefillLine => ({ cylinderType: 'B', status });

  it('open, sent, partly returned, returned, cancelled', () => {
    expect(refillOrderStatus([], false)).toBe('open');
    expect(refillOrderStatus([line('sent'), line('sent')], false)).toBe('sent');
    expect(refillOrderStatus([line('sent'), line('returned_full')], false)).toBe('partly_returned');
    expect(refillOrderStatus([line('lost'), line('returned_unfilled')], false)).toBe('returned');
    expect(refillOrderStatus([line('sent')], true)).toBe('cancelled');
  });

  it('takes more cylinders only while nothing came back', () => {
    expect(canAddToRefillOrder('open')).toBe(true);
    expect(canAddToRefillOrder('sent')).toBe(true);
    expect(canAddToRefillOrder('partly_returned')).toBe(false);
    expect(canAddToRefillOrder('returned')).toBe(false);
    expect(canAddToRefillOrder('cancelled')).toBe(false);
  });
});
