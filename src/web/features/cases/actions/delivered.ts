import type { NeedView } from '../../../../shared/contracts/cases.js';

type Need = Pick<NeedView, 'id' | 'quantityRequested' | 'quantityFulfilled'>;

/** Every need already recorded as delivered in full: fulfilling has nothing left to ask. */
export const isFullyDelivered = (needs: readonly Need[]) =>
  needs.every((need) => need.quantityFulfilled >= need.quantityRequested);

/** The quantities as they stand, to send with the step (so nothing is changed behind the operator's back). */
export const deliveredFrom = (needs: readonly Need[]) =>
  needs.map((need) => ({ needId: need.id, quantityFulfilled: need.quantityFulfilled }));

/** A whole number from 0 to 1000 for every need, as the form holds them (text). */
export const isDeliveredValid = (needs: readonly Need[], values: Readonly<Record<string, string>>) =>
  needs.every((need) => {
    const value = values[need.id]?.trim() ?? '';
    return /^\d{1,4}$/.test(value) && Number(value) <= 1000;
  });
