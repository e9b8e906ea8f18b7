// Refill orders: a depot's empty cylinders go to a vendor on an order, come back full (or unfilled, or not at all),
// and the order costs the vendor's price per cylinder type for each one filled (refill prices were fixed in 2021:
// B ₹80–185, D ₹250–325). Each cylinder's return is also a ledger movement of the item (item-ledger.ts).
import type {
  CylinderType,
  ItemCondition,
  MovementKind,
  RefillItemStatus,
  RefillOrderStatus,
} from '../../../shared/enums.js';

export type RefillPrices = Partial<Record<CylinderType, number>>;

export type RefillRefusal =
  | 'refill_price_missing'
  | 'refill_price_invalid'
  | 'refill_item_settled'
  | 'refill_item_invalid'
  | 'refill_order_closed';

export interface RefillLine {
  cylinderType: CylinderType;
  status: RefillItemStatus;
}

/** Prices are whole rupees, not negative. */
export function checkRefillPrices(prices: RefillPrices): RefillRefusal | null {
  return Object.values(prices).every((p) => Number.isInteger(p) && p >= 0) ? null : 'refill_price_invalid';
}

/**
 * What an order costs: `estimated` for every cylinder sent (what the depot should expect to pay), `due` for the
 * ones that came back filled (what the vendor is owed). A type the vendor has no price for is refused, naming it.
 */
export function refillCost(
  lines: readonly RefillLine[],
  prices: RefillPrices,
):
  | { ok: true; estimated: number; due: number }
  | { ok: false; code: 'refill_price_missing'; cylinderType: CylinderType } {
  let estimated = 0;
  let due = 0;
  for (const line of lines) {
    const price = prices[line.cylinderType];
    if (price === undefined) return { ok: false, code: 'refill_price_missing', cylinderType: line.cylinderType };
    if (line.status !== 'lost') estimated += price;
    if (line.status === 'returned_full') due += price;
  }
  return { ok: true, estimated, due };
}

/** A cylinder on an order is settled once: from `sent` to filled, unfilled or lost. */
export function settleRefillLine(from: RefillItemStatus, to: RefillItemStatus): RefillRefusal | null {
  if (to === 'sent') return 'refill_item_invalid';
  return from === 'sent' ? null : 'refill_item_settled';
}

/** The item's ledger movement when its line is settled. */
export function refillMovement(to: Exclude<RefillItemStatus, 'sent'>): {
  kind: MovementKind;
  condition: ItemCondition | null;
} {
  switch (to) {
    case 'returned_full':
      return { kind: 'back_from_refill', condition: 'full' };
    case 'returned_unfilled':
      return { kind: 'back_from_refill', condition: 'empty' };
    case 'lost':
      return { kind: 'written_off', condition: null };
  }
}

/** An order's status from its lines: nothing on it yet is open; every line back (or lost) is returned. */
export function refillOrderStatus(lines: readonly RefillLine[], cancelled: boolean): RefillOrderStatus {
  if (cancelled) return 'cancelled';
  if (lines.length === 0) return 'open';
  const settled = lines.filter((l) => l.status !== 'sent').length;
  if (settled === 0) return 'sent';
  return settled === lines.length ? 'returned' : 'partly_returned';
}

/** Lines are added to an order only while nothing on it came back, and never to a cancelled or returned one. */
export function canAddToRefillOrder(status: RefillOrderStatus): boolean {
  return status === 'open' || status === 'sent';
}
