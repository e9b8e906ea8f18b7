// What a person may do with lending (items, depots, loans, refills, stock, sponsors), decided once: the use cases
// guard with it, the presenters return it as `can`, the screens offer exactly that. Each refusal says why, so the
// guard answers with the right error (not_visible → 404, forbidden/coordinator_only → 403, the rest → 409).
//
// Product rules: lending is health data (loans name patients), so it follows the `health` area of shared/scope.ts —
// an organisation's operators and coordinators in their districts; another organisation (a Bilaspur operator and
// Kanpur's cylinders) gets "not found". Operators do the daily work: lend, hand over, extend, take returns, settle
// deposits, move items, send empties for refill, record stock. Coordinators also decide what changes the books or
// bends a rule: overriding one device per patient, writing off and retiring items, finding a lost one, depots,
// sponsors, vendors and prices, stock sites and the lending policy. The figures (counts, no people) are for
// everyone at the desk, viewers included (area `figures`).
import type {
  DepotCan,
  ItemCan,
  LendingCan,
  LoanCan,
  RefillOrderCan,
  SponsorCan,
  StockSiteCan,
} from '../../../shared/contracts/lending-can.js';
import type { ItemKind, ItemStatus, LoanStatus, MovementKind, RefillOrderStatus } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import { accessTo, coordinates, scopeFor, type AccessLevel, type ScopedRecord } from '../../../shared/scope.js';
import { depositBalance, type DepositBalance } from './deposits.js';
import { movementRefusal, type LedgerRefusal } from './item-ledger.js';
import { canAddToRefillOrder } from './refills.js';

export type LendingRefusal =
  | 'not_visible'
  | 'forbidden'
  | 'coordinator_only'
  | 'loan_closed'
  | 'loan_handed_over'
  | 'loan_active'
  | 'deposit_settled'
  | 'extension_limit_reached'
  | 'refill_order_closed'
  | LedgerRefusal;

export type Verdict = true | LendingRefusal;
export type Abilities<Can> = Record<keyof Can, Verdict> & { read: boolean };

/** Where a lending record belongs. A null district: organisation-wide (sponsors, vendors, the policy). */
export interface LendingPlace {
  organisationId: string;
  districtCode: string | null;
}

const record = (p: LendingPlace): ScopedRecord => ({
  organisationId: p.organisationId,
  districtCode: p.districtCode,
  sharedInDistrict: false,
  referredTo: [],
});

export function lendingAccess(actor: Actor, place: LendingPlace): AccessLevel {
  return accessTo(scopeFor(actor, 'health'), record(place));
}

/** The two levels of every lending ability: working the record, and coordinating it. */
function verdicts(actor: Actor, place: LendingPlace) {
  const access = lendingAccess(actor, place);
  const work: Verdict = access === 'none' ? 'not_visible' : access === 'work' ? true : 'forbidden';
  const coordinate: Verdict =
    work !== true ? work : coordinates(scopeFor(actor, 'health'), record(place)) ? true : 'coordinator_only';
  /** The first refusal, or true. */
  const all = (...checks: Array<Verdict | LendingRefusal | null>): Verdict =>
    checks.find((c): c is LendingRefusal => c !== null && c !== true) ?? true;
  return { read: access !== 'none', work, coordinate, all };
}

export function lendingAbilities(actor: Actor, place: LendingPlace): Abilities<LendingCan> {
  const { read, work, coordinate } = verdicts(actor, place);
  return {
    read,
    lend: work,
    overrideOneDevice: coordinate,
    waiveDeposit: work,
    receiveItems: work,
    manageDepots: coordinate,
    manageSponsors: coordinate,
    manageRefills: work,
    manageVendors: coordinate,
    recordStock: work,
    manageStockSites: coordinate,
    updatePolicy: coordinate,
  };
}

export interface ItemForAbilities extends LendingPlace {
  kind: ItemKind;
  status: ItemStatus;
}

export function itemAbilities(actor: Actor, item: ItemForAbilities): Abilities<ItemCan> {
  const { read, work, coordinate, all } = verdicts(actor, item);
  const can = (m: MovementKind) => movementRefusal(item.kind, item.status, m);
  return {
    read,
    update: work,
    lend: all(work, can('lent')),
    move: all(work, can('moved')),
    markEmpty: all(work, can('marked_empty')),
    sendForRefill: all(work, can('sent_for_refill')),
    sendForRepair: all(work, can('sent_for_repair')),
    backFromRepair: all(work, can('back_from_repair')),
    markFound: all(coordinate, can('found')),
    writeOff: all(coordinate, can('written_off')),
    retire: all(coordinate, can('retired')),
  };
}

export interface LoanForAbilities extends LendingPlace {
  status: LoanStatus;
  handedOverAt: Date | null;
  extensions: number;
  deposit: DepositBalance;
}

export function loanAbilities(
  actor: Actor,
  loan: LoanForAbilities,
  policy: { maxExtensions: number },
): Abilities<LoanCan> {
  const { read, work, coordinate, all } = verdicts(actor, loan);
  const active = loan.status === 'active' ? null : 'loan_closed';
  const settled =
    loan.status === 'active' ? 'loan_active' : depositBalance(loan.deposit) > 0 ? null : 'deposit_settled';
  return {
    read,
    handOver: all(work, active, loan.handedOverAt === null ? null : 'loan_handed_over'),
    extend: all(work, active, loan.extensions < policy.maxExtensions ? null : 'extension_limit_reached'),
    return: all(work, active),
    requestPickup: all(work, active),
    addDocument: work,
    refundDeposit: all(work, settled),
    // A deduction on a returned loan, or on a lost one (the deposit covers part of the loss).
    deductDeposit: all(work, settled),
    writeOff: all(coordinate, active),
    // A loan made by mistake is cancelled before the item left the depot; afterwards it is returned.
    cancel: all(work, active, loan.handedOverAt === null ? null : 'loan_handed_over'),
    revealContact: work,
  };
}

export function depotAbilities(actor: Actor, depot: LendingPlace): Abilities<DepotCan> {
  const { read, work, coordinate } = verdicts(actor, depot);
  return { read, update: coordinate, receiveItems: work };
}

export function refillOrderAbilities(
  actor: Actor,
  order: LendingPlace & { status: RefillOrderStatus },
): Abilities<RefillOrderCan> {
  const { read, work, all } = verdicts(actor, order);
  const out = order.status === 'sent' || order.status === 'partly_returned';
  return {
    read,
    addItems: all(work, canAddToRefillOrder(order.status) ? null : 'refill_order_closed'),
    // Lines are settled while cylinders are out at the vendor.
    settleItems: all(work, out ? null : 'refill_order_closed'),
    cancel: all(work, order.status === 'open' || order.status === 'sent' ? null : 'refill_order_closed'),
  };
}

export function stockSiteAbilities(actor: Actor, site: LendingPlace): Abilities<StockSiteCan> {
  const { read, work, coordinate } = verdicts(actor, site);
  return { read, recordEntry: work, update: coordinate };
}

export function sponsorAbilities(actor: Actor, sponsor: { organisationId: string }): Abilities<SponsorCan> {
  const { read, coordinate } = verdicts(actor, { organisationId: sponsor.organisationId, districtCode: null });
  return { read, update: coordinate, rotateLink: coordinate };
}

export { canReadLendingFigures, canUseLending } from '../../../shared/lending-permissions.js';

/** `can` for a view: each ability as a boolean. */
export function presentCan<Can>(abilities: Abilities<Can>): Can {
  return Object.fromEntries(
    Object.entries(abilities)
      .filter(([key]) => key !== 'read')
      .map(([key, value]) => [key, value === true]),
  ) as Can;
}
