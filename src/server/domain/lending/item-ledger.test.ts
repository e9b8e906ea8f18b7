import { describe, expect, it } from 'vitest';
import { itemStatuses, movementKinds, type ItemStatus, type MovementKind } from '../../../shared/enums.js';
import {
  applyMovement,
  deriveItemState,
  statusOnArrival,
  type ItemState,
  type LedgerRefusal,
  type Movement,
} from './item-ledger.js';

const at = (status: ItemStatus): ItemState => ({
  status,
  depotId: 'depot-kanpur',
  loanId: status === 'lent' ? 'loan-1' : null,
});

/** A complete movement of each kind (depot, loan, condition filled in where it takes one). */
const movement: Record<MovementKind, Movement> = {
  received: { kind: 'received', toDepotId: 'depot-kanpur', condition: 'full' },
  lent: { kind: 'lent', loanId: 'loan-2' },
  returned: { kind: 'returned', condition: 'empty' },
  marked_empty: { kind: 'marked_empty' },
  sent_for_refill: { kind: 'sent_for_refill' },
  back_from_refill: { kind: 'back_from_refill' },
  moved: { kind: 'moved', toDepotId: 'depot-unnao' },
  sent_for_repair: { kind: 'sent_for_repair' },
  back_from_repair: { kind: 'back_from_repair', condition: 'full' },
  written_off: { kind: 'written_off' },
  found: { kind: 'found', condition: 'empty' },
  retired: { kind: 'retired' },
};

type Expected = ItemStatus | LedgerRefusal;

/** Every (status × movement) pair for a cylinder: the status it leads to, or the refusal. */
const cylinderTable: Record<ItemStatus, Record<MovementKind, Expected>> = {
  available: {
    received: 'item_already_received',
    lent: 'lent',
    returned: 'item_not_lent',
    marked_empty: 'empty',
    sent_for_refill: 'item_not_empty',
    back_from_refill: 'item_not_refilling',
    moved: 'available',
    sent_for_repair: 'in_repair',
    back_from_repair: 'item_not_in_repair',
    written_off: 'lost',
    found: 'item_not_lost',
    retired: 'retired',
  },
  lent: {
    received: 'item_already_received',
    lent: 'item_lent',
    returned: 'empty',
    marked_empty: 'item_lent',
    sent_for_refill: 'item_not_empty',
    back_from_refill: 'item_not_refilling',
    moved: 'item_lent',
    sent_for_repair: 'item_lent',
    back_from_repair: 'item_not_in_repair',
    written_off: 'lost',
    found: 'item_not_lost',
    retired: 'item_lent',
  },
  empty: {
    received: 'item_already_received',
    lent: 'item_empty',
    returned: 'item_not_lent',
    marked_empty: 'item_empty',
    sent_for_refill: 'refilling',
    back_from_refill: 'item_not_refilling',
    moved: 'empty',
    sent_for_repair: 'in_repair',
    back_from_repair: 'item_not_in_repair',
    written_off: 'lost',
    found: 'item_not_lost',
    retired: 'retired',
  },
  refilling: {
    received: 'item_already_received',
    lent: 'item_refilling',
    returned: 'item_not_lent',
    marked_empty: 'item_refilling',
    sent_for_refill: 'item_not_empty',
    back_from_refill: 'available',
    moved: 'item_refilling',
    sent_for_repair: 'item_refilling',
    back_from_repair: 'item_not_in_repair',
    written_off: 'lost',
    found: 'item_not_lost',
    retired: 'item_refilling',
  },
  in_repair: {
    received: 'item_already_received',
    lent: 'item_in_repair',
    returned: 'item_not_lent',
    marked_empty: 'item_in_repair',
    sent_for_refill: 'item_not_empty',
    back_from_refill: 'item_not_refilling',
    moved: 'in_repair',
    sent_for_repair: 'item_in_repair',
    back_from_repair: 'available',
    written_off: 'lost',
    found: 'item_not_lost',
    retired: 'retired',
  },
  lost: {
    received: 'item_already_received',
    lent: 'item_lost',
    returned: 'item_not_lent',
    marked_empty: 'item_lost',
    sent_for_refill: 'item_not_empty',
    back_from_refill: 'item_not_refilling',
    moved: 'item_lost',
    sent_for_repair: 'item_lost',
    back_from_repair: 'item_not_in_repair',
    written_off: 'item_lost',
    found: 'empty',
    retired: 'retired',
  },
  retired: {
    received: 'item_already_received',
    lent: 'item_retired',
    returned: 'item_not_lent',
    marked_empty: 'item_retired',
    sent_for_refill: 'item_not_empty',
    back_from_refill: 'item_not_refilling',
    moved: 'item_retired',
    sent_for_repair: 'item_retired',
    back_from_repair: 'item_not_in_repair',
    written_off: 'item_retired',
    found: 'item_not_lost',
    retired: 'item_retired',
  },
};

const outcome = (result: ReturnType<typeof applyMovement>): Expected => (result.ok ? result.state.status : result.code);

describe('every status × movement for a cylinder', () => {
  it('the table covers every status and movement', () => {
    expect(Object.keys(cylinderTable).sort()).toEqual([...itemStatuses].sort());
    for (const row of Object.values(cylinderTable)) expect(Object.keys(row).sort()).toEqual([...movementKinds].sort());
  });

  for (const status of itemStatuses) {
    for (const kind of movementKinds) {
      const expected = cylinderTable[status][kind];
      it(`${status} + ${kind} → ${expected}`, () => {
        expect(outcome(applyMovement('cylinder', at(status), movement[kind]))).toBe(expected);
      });
    }
  }

  it('before its first movement an item can only be received', () => {
    for (const kind of movementKinds) {
      const result = applyMovement('cylinder', null, movement[kind]);
      expect(outcome(result)).toBe(kind === 'received' ? 'available' : 'item_not_received');
    }
  });
});

describe('other kinds', () => {
  it('a concentrator or an accessory is never marked empty nor refilled', () => {
    for (const kind of ['concentrator', 'regulator', 'flowmeter', 'mask', 'cannula', 'oximeter'] as const) {
      for (const m of ['marked_empty', 'sent_for_refill', 'back_from_refill'] as const) {
        expect(outcome(applyMovement(kind, at('empty'), movement[m]))).toBe('item_not_refillable');
      }
    }
  });

  it('a concentrator comes back ready to lend whatever the gauge said, unless damaged', () => {
    expect(outcome(applyMovement('concentrator', at('lent'), { kind: 'returned', condition: 'empty' }))).toBe(
      'available',
    );
    expect(outcome(applyMovement('concentrator', at('lent'), { kind: 'returned', condition: 'damaged' }))).toBe(
      'in_repair',
    );
  });

  it('arrival conditions: damaged → repair; a cylinder not full → empty; otherwise available', () => {
    expect(statusOnArrival('cylinder', 'full')).toBe('available');
    expect(statusOnArrival('cylinder', null)).toBe('available');
    expect(statusOnArrival('cylinder', 'partly_used')).toBe('empty');
    expect(statusOnArrival('cylinder', 'empty')).toBe('empty');
    expect(statusOnArrival('cylinder', 'damaged')).toBe('in_repair');
    expect(statusOnArrival('oximeter', 'damaged')).toBe('in_repair');
    expect(statusOnArrival('oximeter', 'partly_used')).toBe('available');
  });
});

describe('what the movements carry', () => {
  it('lending holds the loan; a return or write-off frees it', () => {
    const lent = applyMovement('cylinder', at('available'), { kind: 'lent', loanId: 'loan-9' });
    expect(lent).toEqual({ ok: true, state: { status: 'lent', depotId: 'depot-kanpur', loanId: 'loan-9' } });
    const back = applyMovement('cylinder', at('lent'), { kind: 'returned', condition: 'full' });
    expect(back).toEqual({ ok: true, state: { status: 'available', depotId: 'depot-kanpur', loanId: null } });
    const gone = applyMovement('cylinder', at('lent'), { kind: 'written_off' });
    expect(gone).toEqual({ ok: true, state: { status: 'lost', depotId: 'depot-kanpur', loanId: null } });
  });

  it('lending needs a loan; receiving and moving need a depot; a move goes somewhere else', () => {
    expect(outcome(applyMovement('cylinder', at('available'), { kind: 'lent' }))).toBe('loan_required');
    expect(outcome(applyMovement('cylinder', null, { kind: 'received' }))).toBe('depot_required');
    expect(outcome(applyMovement('cylinder', at('available'), { kind: 'moved' }))).toBe('depot_required');
    expect(outcome(applyMovement('cylinder', at('available'), { kind: 'moved', toDepotId: 'depot-kanpur' }))).toBe(
      'same_depot',
    );
  });

  it('a return to another depot makes that the home depot', () => {
    const back = applyMovement('cylinder', at('lent'), {
      kind: 'returned',
      toDepotId: 'depot-unnao',
      condition: 'full',
    });
    expect(back.ok && back.state.depotId).toBe('depot-unnao');
  });

  it('a cylinder the vendor could not fill comes back empty', () => {
    expect(outcome(applyMovement('cylinder', at('refilling'), { kind: 'back_from_refill', condition: 'empty' }))).toBe(
      'empty',
    );
  });
});

describe('a whole ledger', () => {
  it('received → lent → returned empty → refilled → lent again', () => {
    const result = deriveItemState('cylinder', [
      movement.received,
      { kind: 'lent', loanId: 'loan-1' },
      { kind: 'returned', condition: 'empty' },
      movement.sent_for_refill,
      movement.back_from_refill,
      movement.moved,
      { kind: 'lent', loanId: 'loan-2' },
    ]);
    expect(result).toEqual({ ok: true, state: { status: 'lent', depotId: 'depot-unnao', loanId: 'loan-2' } });
  });

  it('an empty ledger is no state', () => {
    expect(deriveItemState('cylinder', [])).toEqual({ ok: true, state: null });
  });

  it('stops at the first impossible movement and says where', () => {
    expect(deriveItemState('cylinder', [movement.received, movement.returned])).toEqual({
      ok: false,
      code: 'item_not_lent',
      index: 1,
    });
    expect(
      deriveItemState('cylinder', [movement.received, { kind: 'lent', loanId: 'l' }, movement.sent_for_refill]),
    ).toEqual({ ok: false, code: 'item_not_empty', index: 2 });
    expect(
      deriveItemState('cylinder', [movement.received, movement.marked_empty, { kind: 'lent', loanId: 'l' }]),
    ).toEqual({ ok: false, code: 'item_empty', index: 2 });
  });
});
