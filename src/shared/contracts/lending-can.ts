// What the actor may do with lending's records (issue #13), computed once on the server
// (server/domain/lending/abilities.ts) and returned as `can` on each view; the screens offer exactly these actions.
import { z } from 'zod';

/** Organisation-wide (and per district) lending work: on lists, the lending panel and the settings. */
export const lendingCan = z.object({
  lend: z.boolean(),
  /** Lend a second device to a patient who holds one (with a reason): coordinators. */
  overrideOneDevice: z.boolean(),
  /** Lend without a deposit (with a reason). */
  waiveDeposit: z.boolean(),
  /** Record items arriving at a depot (donated, bought, sponsored). */
  receiveItems: z.boolean(),
  manageDepots: z.boolean(),
  manageSponsors: z.boolean(),
  /** Create refill orders and record what came back. */
  manageRefills: z.boolean(),
  /** Add vendors and their prices. */
  manageVendors: z.boolean(),
  recordStock: z.boolean(),
  manageStockSites: z.boolean(),
  updatePolicy: z.boolean(),
});
export type LendingCan = z.infer<typeof lendingCan>;

export const itemCan = z.object({
  update: z.boolean(),
  lend: z.boolean(),
  move: z.boolean(),
  markEmpty: z.boolean(),
  /** Put on a refill order (an empty cylinder). */
  sendForRefill: z.boolean(),
  sendForRepair: z.boolean(),
  backFromRepair: z.boolean(),
  markFound: z.boolean(),
  writeOff: z.boolean(),
  retire: z.boolean(),
});
export type ItemCan = z.infer<typeof itemCan>;

export const loanCan = z.object({
  handOver: z.boolean(),
  extend: z.boolean(),
  return: z.boolean(),
  requestPickup: z.boolean(),
  addDocument: z.boolean(),
  refundDeposit: z.boolean(),
  deductDeposit: z.boolean(),
  writeOff: z.boolean(),
  cancel: z.boolean(),
  revealContact: z.boolean(),
});
export type LoanCan = z.infer<typeof loanCan>;

export const depotCan = z.object({ update: z.boolean(), receiveItems: z.boolean() });
export type DepotCan = z.infer<typeof depotCan>;

export const refillOrderCan = z.object({ addItems: z.boolean(), settleItems: z.boolean(), cancel: z.boolean() });
export type RefillOrderCan = z.infer<typeof refillOrderCan>;

export const stockSiteCan = z.object({ recordEntry: z.boolean(), update: z.boolean() });
export type StockSiteCan = z.infer<typeof stockSiteCan>;

export const sponsorCan = z.object({ update: z.boolean(), rotateLink: z.boolean() });
export type SponsorCan = z.infer<typeof sponsorCan>;
