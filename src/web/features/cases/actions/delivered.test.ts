import { describe, expect, it } from 'vitest';
import { deliveredFrom, isDeliveredValid, isFullyDelivered } from './delivered';

const need = (id: string, quantityRequested: number, quantityFulfilled: number) => ({
  id,
  quantityRequested,
  quantityFulfilled,
});

describe('fulfilling with quantities', () => {
  it('asks nothing only when every need is recorded in full', () => {
    expect(isFullyDelivered([need('a', 1, 1), need('b', 2, 3)])).toBe(true);
    expect(isFullyDelivered([need('a', 1, 1), need('b', 2, 1)])).toBe(false);
    // 0 of 1 is never fulfilled silently.
    expect(isFullyDelivered([need('a', 1, 0)])).toBe(false);
  });

  it('sends the quantities as they stand', () => {
    expect(deliveredFrom([need('a', 1, 1)])).toEqual([{ needId: 'a', quantityFulfilled: 1 }]);
  });

  it('takes whole numbers from 0 to 1000, and nothing empty', () => {
    const needs = [need('a', 1, 0), need('b', 2, 0)];
    expect(isDeliveredValid(needs, { a: '0', b: '2' })).toBe(true);
    expect(isDeliveredValid(needs, { a: '', b: '2' })).toBe(false);
    expect(isDeliveredValid(needs, { a: '1', b: '1001' })).toBe(false);
    expect(isDeliveredValid(needs, { a: '1' })).toBe(false);
  });
});
