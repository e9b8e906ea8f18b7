// An item's state is derived from its ledger: every movement (received, lent, returned, sent for refill, …) is one
// row, and folding them in order gives the status, the home depot and the loan holding it. A movement the state does
// not allow is refused with a stable code (errors.json), so the use case refuses it before writing anything, and the
// denormalised status on the item row is always what this fold says.
import type { ItemCondition, ItemKind, ItemStatus, MovementKind } from '../../../shared/enums.js';

export interface ItemState {
  status: ItemStatus;
  /** The depot the item belongs to now: where it is, or where it returns to from a patient, a vendor or a repair. */
  depotId: string;
  /** The loan holding it while lent. */
  loanId: string | null;
}

export interface Movement {
  kind: MovementKind;
  /** `received`, `moved` (required); `returned`, `back_from_refill`, `back_from_repair`, `found` (optional: else home). */
  toDepotId?: string | null;
  /** `lent` (required). */
  loanId?: string | null;
  /** What the item came back as (`received`, `returned`, `back_from_refill`, `back_from_repair`, `found`). */
  condition?: ItemCondition | null;
}

export const ledgerRefusals = [
  'item_not_received',
  'item_already_received',
  'item_lent',
  'item_empty',
  'item_refilling',
  'item_in_repair',
  'item_lost',
  'item_retired',
  'item_not_lent',
  'item_not_empty',
  'item_not_refilling',
  'item_not_in_repair',
  'item_not_lost',
  'item_not_refillable',
  'depot_required',
  'same_depot',
  'loan_required',
] as const;
export type LedgerRefusal = (typeof ledgerRefusals)[number];

export type MovementResult = { ok: true; state: ItemState } | { ok: false; code: LedgerRefusal };

/** From which statuses each movement may happen (`received` only starts a ledger). */
export const movementFrom: Record<Exclude<MovementKind, 'received'>, readonly ItemStatus[]> = {
  lent: ['available'],
  returned: ['lent'],
  // A cylinder found empty (or leaking) at its depot.
  marked_empty: ['available'],
  sent_for_refill: ['empty'],
  back_from_refill: ['refilling'],
  moved: ['available', 'empty', 'in_repair'],
  sent_for_repair: ['available', 'empty'],
  back_from_repair: ['in_repair'],
  // Not returned (lent), lost by the vendor (refilling), or gone from a depot.
  written_off: ['available', 'lent', 'empty', 'refilling', 'in_repair'],
  found: ['lost'],
  retired: ['available', 'empty', 'in_repair', 'lost'],
};

/** Refusals that name what the movement needs rather than what the item is. */
const needs: Partial<Record<MovementKind, LedgerRefusal>> = {
  returned: 'item_not_lent',
  sent_for_refill: 'item_not_empty',
  back_from_refill: 'item_not_refilling',
  back_from_repair: 'item_not_in_repair',
  found: 'item_not_lost',
};

/** Only cylinders hold gas: only they are marked empty and refilled. */
const refillOnly: readonly MovementKind[] = ['marked_empty', 'sent_for_refill', 'back_from_refill'];

const statusRefusal: Record<Exclude<ItemStatus, 'available'>, LedgerRefusal> = {
  lent: 'item_lent',
  empty: 'item_empty',
  refilling: 'item_refilling',
  in_repair: 'item_in_repair',
  lost: 'item_lost',
  retired: 'item_retired',
};

/**
 * Where an item stands after it comes back in a condition: a damaged one goes to repair; a cylinder that is not full
 * waits for a refill; anything else (a concentrator, an oximeter) is ready to lend again.
 */
export function statusOnArrival(kind: ItemKind, condition: ItemCondition | null | undefined): ItemStatus {
  if (condition === 'damaged') return 'in_repair';
  if (kind === 'cylinder' && (condition === 'empty' || condition === 'partly_used')) return 'empty';
  return 'available';
}

/**
 * Whether a movement of this kind may happen to the item as it stands (what the abilities show before the form is
 * filled in): null, or the refusal. The movement's own fields (depot, loan) are checked by applyMovement.
 */
export function movementRefusal(
  kind: ItemKind,
  status: ItemStatus | null,
  movementKind: MovementKind,
): LedgerRefusal | null {
  if (movementKind === 'received') return status === null ? null : 'item_already_received';
  if (status === null) return 'item_not_received';
  if (refillOnly.includes(movementKind) && kind !== 'cylinder') return 'item_not_refillable';
  if (movementFrom[movementKind].includes(status)) return null;
  const specific = needs[movementKind];
  if (specific) return specific;
  // Every movement that is refused from `available` names what it needs, so the status here is never available.
  return status === 'available' ? 'item_not_lent' : statusRefusal[status];
}

/** The state after one movement, or why it cannot happen. `state` is null before the item's first movement. */
export function applyMovement(kind: ItemKind, state: ItemState | null, movement: Movement): MovementResult {
  const refuse = (code: LedgerRefusal): MovementResult => ({ ok: false, code });
  const refusal = movementRefusal(kind, state?.status ?? null, movement.kind);
  if (refusal) return refuse(refusal);
  if (movement.kind === 'received') {
    if (!movement.toDepotId) return refuse('depot_required');
    return {
      ok: true,
      state: { status: statusOnArrival(kind, movement.condition), depotId: movement.toDepotId, loanId: null },
    };
  }
  if (state === null) return refuse('item_not_received');
  const home = movement.toDepotId ?? state.depotId;
  switch (movement.kind) {
    case 'lent':
      if (!movement.loanId) return refuse('loan_required');
      return { ok: true, state: { ...state, status: 'lent', loanId: movement.loanId } };
    case 'returned':
    case 'back_from_repair':
    case 'found':
      return { ok: true, state: { status: statusOnArrival(kind, movement.condition), depotId: home, loanId: null } };
    case 'back_from_refill':
      // A vendor's cylinder comes back full unless the order says it was not filled.
      return {
        ok: true,
        state: { status: statusOnArrival(kind, movement.condition ?? 'full'), depotId: home, loanId: null },
      };
    case 'marked_empty':
      return { ok: true, state: { ...state, status: 'empty' } };
    case 'sent_for_refill':
      return { ok: true, state: { ...state, status: 'refilling' } };
    case 'sent_for_repair':
      return { ok: true, state: { ...state, status: 'in_repair' } };
    case 'moved':
      if (!movement.toDepotId) return refuse('depot_required');
      if (movement.toDepotId === state.depotId) return refuse('same_depot');
      return { ok: true, state: { ...state, depotId: movement.toDepotId } };
    case 'written_off':
      return { ok: true, state: { ...state, status: 'lost', loanId: null } };
    case 'retired':
      return { ok: true, state: { ...state, status: 'retired', loanId: null } };
  }
}

export type LedgerResult = { ok: true; state: ItemState | null } | { ok: false; code: LedgerRefusal; index: number };

/** Folds a whole ledger (oldest first); the first impossible movement stops it, with its position. */
export function deriveItemState(kind: ItemKind, movements: readonly Movement[]): LedgerResult {
  let state: ItemState | null = null;
  for (const [index, movement] of movements.entries()) {
    const result = applyMovement(kind, state, movement);
    if (!result.ok) return { ok: false, code: result.code, index };
    state = result.state;
  }
  return { ok: true, state };
}
