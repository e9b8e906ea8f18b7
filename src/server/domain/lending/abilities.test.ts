import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import {
  canReadLendingFigures,
  canUseLending,
  depotAbilities,
  itemAbilities,
  lendingAbilities,
  loanAbilities,
  presentCan,
  refillOrderAbilities,
  sponsorAbilities,
  stockSiteAbilities,
  type LoanForAbilities,
} from './abilities.js';

const kanpur = 'UP-KNP';
const bilaspur = 'CG-BSP';
const jeevan = 'org-jeevan';
const other = 'org-bilaspur';

const person = (role: Role, organisationId: string | null = jeevan, districts = [kanpur]): Actor => ({
  userId: `u-${role}`,
  memberships: [{ id: 'm', role, organisationId, districts: role === 'admin' ? [] : districts }],
});
const operator = person('operator');
const coordinator = person('coordinator');
const place = { organisationId: jeevan, districtCode: kanpur };

const allowed = (abilities: Record<string, unknown>) =>
  Object.entries(abilities)
    .filter(([key, v]) => key !== 'read' && v === true)
    .map(([key]) => key)
    .sort();

describe('who reaches lending', () => {
  it('another organisation, another district, viewers and volunteers: not visible', () => {
    for (const actor of [
      person('operator', other, [bilaspur]),
      person('coordinator', other, [kanpur]),
      person('operator', jeevan, [bilaspur]),
      person('viewer'),
      person('volunteer'),
    ]) {
      const item = itemAbilities(actor, { ...place, kind: 'cylinder', status: 'available' });
      expect(item.read).toBe(false);
      expect(item.lend).toBe('not_visible');
      expect(lendingAbilities(actor, place).lend).toBe('not_visible');
    }
  });

  it('operators lend and do the daily work; coordinators also the rules and the books', () => {
    expect(allowed(lendingAbilities(operator, place))).toEqual(
      ['lend', 'manageRefills', 'receiveItems', 'recordStock', 'waiveDeposit'].sort(),
    );
    expect(lendingAbilities(operator, place).overrideOneDevice).toBe('coordinator_only');
    expect(allowed(lendingAbilities(coordinator, place))).toHaveLength(11);
    expect(allowed(lendingAbilities(person('admin', null), place))).toHaveLength(11);
  });

  it('organisation-wide records (sponsors) are reached from any district of the organisation', () => {
    const elsewhere = person('coordinator', jeevan, ['UP-UNN']);
    expect(sponsorAbilities(elsewhere, { organisationId: jeevan })).toEqual({
      read: true,
      update: true,
      rotateLink: true,
    });
    expect(sponsorAbilities(operator, { organisationId: jeevan }).update).toBe('coordinator_only');
    expect(sponsorAbilities(person('coordinator', other), { organisationId: jeevan }).read).toBe(false);
  });

  it('figures for everyone at a desk, viewers included; lending itself not for viewers', () => {
    expect(canReadLendingFigures(person('viewer'))).toBe(true);
    expect(canReadLendingFigures(person('volunteer'))).toBe(false);
    expect(canUseLending(person('viewer'))).toBe(false);
    expect(canUseLending(operator)).toBe(true);
    expect(canUseLending(person('admin', null))).toBe(true);
  });
});

describe('items', () => {
  it('an available cylinder: operators lend, move, mark empty, send for repair; coordinators write off and retire', () => {
    const item = { ...place, kind: 'cylinder' as const, status: 'available' as const };
    expect(allowed(itemAbilities(operator, item))).toEqual(['lend', 'markEmpty', 'move', 'sendForRepair', 'update']);
    expect(itemAbilities(operator, item).writeOff).toBe('coordinator_only');
    expect(allowed(itemAbilities(coordinator, item))).toEqual(
      ['lend', 'markEmpty', 'move', 'retire', 'sendForRepair', 'update', 'writeOff'].sort(),
    );
  });

  it('the ledger says why a movement cannot happen', () => {
    const lent = itemAbilities(coordinator, { ...place, kind: 'cylinder', status: 'lent' });
    expect(lent.lend).toBe('item_lent');
    expect(lent.move).toBe('item_lent');
    expect(lent.sendForRefill).toBe('item_not_empty');
    expect(lent.writeOff).toBe(true);
    const empty = itemAbilities(operator, { ...place, kind: 'cylinder', status: 'empty' });
    expect(empty.lend).toBe('item_empty');
    expect(empty.sendForRefill).toBe(true);
    expect(itemAbilities(operator, { ...place, kind: 'concentrator', status: 'available' }).markEmpty).toBe(
      'item_not_refillable',
    );
    expect(itemAbilities(coordinator, { ...place, kind: 'cylinder', status: 'lost' }).markFound).toBe(true);
  });

  it('scope comes before state: an outsider learns nothing of the item', () => {
    expect(itemAbilities(person('operator', other), { ...place, kind: 'cylinder', status: 'lent' }).lend).toBe(
      'not_visible',
    );
  });
});

describe('loans', () => {
  const loan = (over: Partial<LoanForAbilities> = {}): LoanForAbilities => ({
    ...place,
    status: 'active',
    handedOverAt: null,
    extensions: 0,
    deposit: { amount: 5000, refunded: 0, deducted: 0 },
    ...over,
  });
  const policy = { maxExtensions: 2 };

  it('an active loan not yet handed over', () => {
    expect(allowed(loanAbilities(operator, loan(), policy))).toEqual(
      ['addDocument', 'cancel', 'extend', 'handOver', 'requestPickup', 'return', 'revealContact'].sort(),
    );
    expect(loanAbilities(operator, loan(), policy).refundDeposit).toBe('loan_active');
    expect(loanAbilities(operator, loan(), policy).writeOff).toBe('coordinator_only');
  });

  it('handed over once; extended up to the limit', () => {
    const out = loanAbilities(operator, loan({ handedOverAt: new Date(), extensions: 2 }), policy);
    expect(out.handOver).toBe('loan_handed_over');
    expect(out.cancel).toBe('loan_handed_over');
    expect(out.extend).toBe('extension_limit_reached');
  });

  it('returned: the deposit is settled until nothing is held; nothing else moves', () => {
    const back = loanAbilities(operator, loan({ status: 'returned', handedOverAt: new Date() }), policy);
    expect(allowed(back)).toEqual(['addDocument', 'deductDeposit', 'refundDeposit', 'revealContact']);
    expect(back.return).toBe('loan_closed');
    const settled = loanAbilities(
      operator,
      loan({ status: 'returned', deposit: { amount: 5000, refunded: 4500, deducted: 500 } }),
      policy,
    );
    expect(settled.refundDeposit).toBe('deposit_settled');
    expect(
      loanAbilities(operator, loan({ status: 'returned', deposit: { amount: 0, refunded: 0, deducted: 0 } }), policy)
        .refundDeposit,
    ).toBe('deposit_settled');
  });

  it('coordinators write off an active loan', () => {
    expect(loanAbilities(coordinator, loan(), policy).writeOff).toBe(true);
    expect(loanAbilities(coordinator, loan({ status: 'lost' }), policy).writeOff).toBe('loan_closed');
  });
});

describe('depots, refills, stock', () => {
  it('depots: coordinators edit, operators receive', () => {
    expect(depotAbilities(operator, place)).toEqual({ read: true, update: 'coordinator_only', receiveItems: true });
    expect(depotAbilities(coordinator, place).update).toBe(true);
  });

  it('refill orders take cylinders until something comes back, and are settled while out', () => {
    const order = (status: 'open' | 'sent' | 'partly_returned' | 'returned' | 'cancelled') =>
      refillOrderAbilities(operator, { ...place, status });
    expect(allowed(order('open'))).toEqual(['addItems', 'cancel']);
    expect(allowed(order('sent'))).toEqual(['addItems', 'cancel', 'settleItems']);
    expect(allowed(order('partly_returned'))).toEqual(['settleItems']);
    expect(allowed(order('returned'))).toEqual([]);
    expect(order('cancelled').addItems).toBe('refill_order_closed');
  });

  it('stock: operators record, coordinators edit the site', () => {
    expect(stockSiteAbilities(operator, place)).toEqual({ read: true, recordEntry: true, update: 'coordinator_only' });
  });

  it('can is the abilities as booleans, without read', () => {
    expect(presentCan(depotAbilities(operator, place))).toEqual({ update: false, receiveItems: true });
  });
});
