// Oxygen and equipment lending (issue #13): what is lent, where it stands, how it moves, the loan's life, deposits,
// the lending gate, refills, sponsors and oxygen stock at sites. Values are stored as text: never rename one in place.

/** What an item is. Accessories travel with a cylinder or a concentrator and come back with it. */
export const itemKinds = ['cylinder', 'concentrator', 'regulator', 'flowmeter', 'mask', 'cannula', 'oximeter'] as const;
export type ItemKind = (typeof itemKinds)[number];

/** The kinds a patient borrows as "a device" (one per patient); the rest are accessories lent with one. */
export const deviceKinds = ['cylinder', 'concentrator'] as const satisfies readonly ItemKind[];
export type DeviceKind = (typeof deviceKinds)[number];
export const accessoryKinds = [
  'regulator',
  'flowmeter',
  'mask',
  'cannula',
  'oximeter',
] as const satisfies readonly ItemKind[];
export type AccessoryKind = (typeof accessoryKinds)[number];

/**
 * Indian medical oxygen cylinder types. The letter is only a label: every item stores its own water capacity and
 * litres of gas (a US "D" holds about 400 L, an Indian jumbo D about 7,000 L). `other` is typed in by hand.
 */
export const cylinderTypes = ['B', 'B_small', 'D', 'other'] as const;
export type CylinderType = (typeof cylinderTypes)[number];

/** Defaults an operator may change on the item: water capacity (L) and litres of oxygen when full (≈150 bar). */
export const cylinderTypeDefaults: Record<
  Exclude<CylinderType, 'other'>,
  { waterLitres: number; gasLitres: number }
> = {
  B: { waterLitres: 10, gasLitres: 1500 },
  B_small: { waterLitres: 5, gasLitres: 750 },
  D: { waterLitres: 46.7, gasLitres: 7000 },
};

/**
 * Where an item stands. `available` is full and at a depot; `empty` is back (or used) and waits for a refill;
 * `refilling` is at the vendor; `lost` was written off as not returned; `retired` is out of service for good.
 */
export const itemStatuses = ['available', 'lent', 'empty', 'refilling', 'in_repair', 'lost', 'retired'] as const;
export type ItemStatus = (typeof itemStatuses)[number];

/** Every movement of an item, one ledger row each; the item's state is derived from them (domain/lending/item-ledger). */
export const movementKinds = [
  'received',
  'lent',
  'returned',
  'marked_empty',
  'sent_for_refill',
  'back_from_refill',
  'moved',
  'sent_for_repair',
  'back_from_repair',
  'written_off',
  'found',
  'retired',
] as const;
export type MovementKind = (typeof movementKinds)[number];

/** The condition an item is in after a movement (a return, a refill coming back, a receipt). */
export const itemConditions = ['full', 'empty', 'partly_used', 'damaged'] as const;
export type ItemCondition = (typeof itemConditions)[number];

/** Why an item was written off. */
export const lossReasons = ['not_returned', 'sub_let', 'damaged_beyond_repair', 'stolen', 'other'] as const;
export type LossReason = (typeof lossReasons)[number];

/** Kinds of depot: where items are kept. */
export const depotKinds = ['ngo_office', 'police_station', 'hospital_store', 'war_room', 'warehouse', 'other'] as const;
export type DepotKind = (typeof depotKinds)[number];

/**
 * A loan's life: `active` until returned; `overdue` is not stored (it is `active` past the due date, see
 * loan-schedule); `returned`, `lost` (written off), `cancelled` (lent by mistake, the item never left).
 */
export const loanStatuses = ['active', 'returned', 'lost', 'cancelled'] as const;
export type LoanStatus = (typeof loanStatuses)[number];
/** The statuses of a loan that still holds its item (the partial unique indexes use the same list). */
export const activeLoanStatuses = ['active'] as const satisfies readonly LoanStatus[];

/** How a deposit was taken (or that none was: `waived`, with a reason; `none` when the organisation takes none). */
export const depositModes = ['cash', 'upi', 'bank', 'cheque', 'waived', 'none'] as const;
export type DepositMode = (typeof depositModes)[number];

/** What happened to a deposit after the loan. */
export const depositSettlements = ['refunded', 'deducted', 'forfeited'] as const;
export type DepositSettlement = (typeof depositSettlements)[number];

/** The gate's SpO2 bands (MoHFW 2021): below 90 severe, 90–94 may borrow, above 94 home care without oxygen. */
export const spo2Bands = ['severe', 'moderate', 'normal', 'unknown'] as const;
export type Spo2Band = (typeof spo2Bands)[number];

/**
 * The lending gate's answer (domain/lending/lending-gate): lend; refer to a hospital and escalate (SpO2 below 90);
 * not needed (above 94: advise); ask (an answer is missing); refused (an answer rules it out).
 */
export const gateOutcomes = ['may_lend', 'refer_to_hospital', 'not_needed', 'ask', 'refused'] as const;
export type GateOutcome = (typeof gateOutcomes)[number];

/** What the gate is missing or refuses on (texts: lending.gate.<code>). */
export const gateReasons = [
  'spo2_missing',
  'spo2_below_90',
  'spo2_above_94',
  'proof_missing',
  'no_proof',
  'home_isolation_unknown',
  'not_home_isolation',
  'patient_has_device',
  'override_reason_missing',
  'override_not_allowed',
] as const;
export type GateReason = (typeof gateReasons)[number];

/** Documents kept with a loan. */
export const loanDocumentKinds = [
  'prescription',
  'covid_report',
  'oximeter_photo',
  'id_proof',
  'receipt',
  'other',
] as const;
export type LoanDocumentKind = (typeof loanDocumentKinds)[number];

/** File types a loan document may be (checked by content, not by name). */
export const loanDocumentTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type LoanDocumentType = (typeof loanDocumentTypes)[number];
/** The largest loan document accepted, in bytes (a phone photo). */
export const loanDocumentMaxBytes = 8 * 1024 * 1024;

/** Identity documents an operator may record having seen (the number is never stored). */
export const borrowerIdKinds = ['aadhaar', 'voter_id', 'driving_licence', 'pan', 'ration_card', 'other'] as const;
export type BorrowerIdKind = (typeof borrowerIdKinds)[number];

/** A loan's history: every change is one of these, with who and when. */
export const loanEventTypes = [
  'lent',
  'handed_over',
  'document_added',
  'extended',
  'reminder_queued',
  'overdue_escalated',
  'pickup_requested',
  'returned',
  'deposit_refunded',
  'deposit_deducted',
  'deposit_forfeited',
  'written_off',
  'cancelled',
] as const;
export type LoanEventType = (typeof loanEventTypes)[number];

/** Reminders the borrower gets: a day before the due date and on it (never in the quiet hours). */
export const loanReminderKinds = ['before_due', 'on_due'] as const;
export type LoanReminderKind = (typeof loanReminderKinds)[number];

/** Who sponsors items. */
export const sponsorKinds = ['person', 'company', 'trust', 'government', 'other'] as const;
export type SponsorKind = (typeof sponsorKinds)[number];

/** How a sponsor stands to an item: it owns it, or it paid for it (the organisation owns it). */
export const sponsorshipKinds = ['owns', 'funded'] as const;
export type SponsorshipKind = (typeof sponsorshipKinds)[number];

/** A refill order's life. */
export const refillOrderStatuses = ['open', 'sent', 'partly_returned', 'returned', 'cancelled'] as const;
export type RefillOrderStatus = (typeof refillOrderStatuses)[number];

/** One cylinder on a refill order. */
export const refillItemStatuses = ['sent', 'returned_full', 'returned_unfilled', 'lost'] as const;
export type RefillItemStatus = (typeof refillItemStatuses)[number];

/** Kinds of oxygen stock site (a facility's or war room's own stock, apart from the lending depots). */
export const stockSiteKinds = ['hospital', 'covid_care_centre', 'war_room', 'depot', 'other'] as const;
export type StockSiteKind = (typeof stockSiteKinds)[number];

/**
 * A stock entry: `count` sets the stock as counted (replaces the running figure), `received` and `consumed` add and
 * take away, `adjusted` corrects with a reason. Consumption within the last 24 h makes the burn rate.
 */
export const stockEntryKinds = ['count', 'received', 'consumed', 'adjusted'] as const;
export type StockEntryKind = (typeof stockEntryKinds)[number];

/** A site's stock alert: `ok`, `low` (time to empty under the threshold, coordinators told once), `no_data`. */
export const stockAlertStates = ['ok', 'low', 'no_data'] as const;
export type StockAlertState = (typeof stockAlertStates)[number];
