// Loans (issue #13): lending a device from a case, and the loan's life — hand-over, documents, extensions,
// reminders, return, deposit, pick-up, write-off. Phones are masked unless the reader revealed the loan's numbers in
// the last 30 minutes (as on cases and donors).
//   GET  /api/v1/cases/{caseId}/lending                   → lendingPanel (the gate so far, nearest depots' items)
//   POST /api/v1/cases/{caseId}/gate                      gateBody → gateView (checks the gate; a severe reading
//                                                         escalates the case; nothing is lent)
//   POST /api/v1/loans                                    lendBody → loanDetail (201); 409 item_lent names who has it
//   GET  /api/v1/loans                                    loanQuery → loanList
//   GET  /api/v1/loans/{id}                               → loanDetail
//   POST /api/v1/loans/{id}/hand-over                     handOverBody → loanDetail
//   POST /api/v1/loans/{id}/documents                     multipart (kind + file) → loanDocumentView
//   GET  /api/v1/loans/{id}/documents/{documentId}        → the file
//   POST /api/v1/loans/{id}/extend                        extendLoanBody → loanDetail
//   POST /api/v1/loans/{id}/pickup                        pickupBody → loanDetail
//   POST /api/v1/loans/{id}/return                        returnLoanBody → loanDetail
//   POST /api/v1/loans/{id}/deposit                       depositSettlementBody → loanDetail (refund or deduct)
//   POST /api/v1/loans/{id}/write-off                     writeOffLoanBody → loanDetail (coordinators)
//   POST /api/v1/loans/{id}/cancel                        cancelLoanBody → loanDetail (before the hand-over)
//   POST /api/v1/loans/{id}/reveal-contact                → loanDetail (numbers shown, recorded)
import { z } from 'zod';
import {
  accessoryKinds,
  borrowerIdKinds,
  channels,
  cylinderTypes,
  depositModes,
  deviceKinds,
  gateOutcomes,
  gateReasons,
  itemConditions,
  languages,
  loanDocumentKinds,
  loanDocumentTypes,
  loanEventTypes,
  loanStatuses,
  lossReasons,
  spo2Bands,
} from '../enums.js';
import { districtCode, pageQuery, pastMoment, personName, phone, uuid } from './common.js';
import { isoDay } from './donor-input.js';
import { lendingCan, loanCan } from './lending-can.js';
import { districtView, itemRef, namedRef, note, reason, rupees, spo2Reading } from './lending-common.js';

/** The gate's answers; null (or left out) is "not asked yet". */
export const gateAnswers = z.strictObject({
  covidPositive: z.boolean().nullable().default(null),
  hasPrescription: z.boolean().nullable().default(null),
  homeIsolation: z.boolean().nullable().default(null),
  spo2: spo2Reading.nullable().default(null),
});
export type GateAnswers = z.infer<typeof gateAnswers>;

export const gateBody = gateAnswers;
export type GateBody = z.infer<typeof gateBody>;

/** The gate's answer (domain/lending/lending-gate.ts); texts: lending.gate.<outcome> and lending.gate.reason.<code>. */
export const gateView = z.object({
  outcome: z.enum(gateOutcomes),
  band: z.enum(spo2Bands),
  reasons: z.array(z.enum(gateReasons)),
  /** True when the check escalated the case (SpO2 below 90). */
  escalated: z.boolean(),
  /** Devices the patient's phone holds now in this organisation. */
  activeDevices: z.number().int(),
});
export type GateView = z.infer<typeof gateView>;

export const accessoryInput = z.strictObject({
  kind: z.enum(accessoryKinds),
  /** A tracked accessory (it gets its own ledger row); left out for a consumable such as a mask. */
  itemId: uuid.nullable().default(null),
  quantity: z.number().int().min(1).max(10).default(1),
});

export const depositInput = z
  .strictObject({
    amount: rupees,
    mode: z.enum(depositModes),
    receiptNumber: z.string().trim().min(1).max(64).nullable().default(null),
    /** Required when waived. */
    reason: reason.nullable().default(null),
  })
  .refine((d) => d.mode !== 'waived' || d.reason !== null, { message: 'reason_required', path: ['reason'] })
  .refine((d) => (d.mode === 'waived' || d.mode === 'none' ? d.amount === 0 : d.amount > 0), {
    message: 'deposit_amount_invalid',
    path: ['amount'],
  });
export type DepositInput = z.infer<typeof depositInput>;

/** Who delivered and when. */
export const handOverBody = z
  .strictObject({
    byUserId: uuid.nullable().default(null),
    /** A driver or volunteer without an account. */
    byName: personName.nullable().default(null),
    /** Not in the future, not older than 30 days. */
    at: pastMoment,
  })
  .refine((h) => h.byUserId !== null || h.byName !== null, { message: 'handed_over_by_required', path: ['byName'] });
export type HandOverBody = z.infer<typeof handOverBody>;

/** Lending a device from a case: the item (locked and taken in one statement), the gate, the deposit. */
export const lendBody = z.strictObject({
  caseId: uuid,
  needId: uuid.nullable().default(null),
  itemId: uuid,
  accessories: z.array(accessoryInput).max(10).default([]),
  patientName: personName,
  patientPhone: phone,
  borrowerName: personName.nullable().default(null),
  borrowerPhone: phone.nullable().default(null),
  address: z.string().trim().min(1).max(500),
  language: z.enum(languages).default('hi'),
  channel: z.enum(channels).default('whatsapp'),
  idSeen: z.enum(borrowerIdKinds).nullable().default(null),
  gate: gateAnswers,
  /** A coordinator's override of one device per patient. */
  overrideReason: reason.nullable().default(null),
  deposit: depositInput,
  /** Left out: the organisation's loan length (7 days by default). */
  loanDays: z.number().int().min(1).max(30).optional(),
  /** Handed over at once (the operator is at the depot with the borrower). */
  handOver: handOverBody.nullable().default(null),
});
export type LendBody = z.input<typeof lendBody>;

export const extendLoanBody = z.strictObject({ days: z.number().int().min(1).max(30), reason });
export type ExtendLoanBody = z.infer<typeof extendLoanBody>;

export const pickupBody = z.strictObject({ assigneeId: uuid.nullable().default(null), note: note.optional() });
export type PickupBody = z.infer<typeof pickupBody>;

export const returnLoanBody = z.strictObject({
  condition: z.enum(itemConditions),
  /** Left out: back to the depot it left from. */
  depotId: uuid.optional(),
  accessoriesMissing: z.array(accessoryInput).max(10).default([]),
  note: note.optional(),
});
export type ReturnLoanBody = z.infer<typeof returnLoanBody>;

export const depositSettlementBody = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('refund'), amount: rupees.min(1), reference: z.string().trim().max(64).optional() }),
  z.strictObject({ kind: z.literal('deduct'), amount: rupees.min(1), reason }),
]);
export type DepositSettlementBody = z.infer<typeof depositSettlementBody>;

export const writeOffLoanBody = z.strictObject({ lossReason: z.enum(lossReasons), note: reason });
export type WriteOffLoanBody = z.infer<typeof writeOffLoanBody>;

export const cancelLoanBody = z.strictObject({ reason });
export type CancelLoanBody = z.infer<typeof cancelLoanBody>;

/** Upload fields besides the file (multipart); type and size are checked from the bytes. */
export const loanDocumentFields = z.strictObject({ kind: z.enum(loanDocumentKinds) });

export const loanDocumentView = z.object({
  id: uuid,
  kind: z.enum(loanDocumentKinds),
  contentType: z.enum(loanDocumentTypes),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string(),
  /** The file, for those who may read the loan. */
  url: z.string(),
});
export type LoanDocumentView = z.infer<typeof loanDocumentView>;

export const loanEventView = z.object({
  id: z.string(),
  type: z.enum(loanEventTypes),
  at: z.string(),
  /** Null: the borrower (a RETURN message) or the system (a reminder, an escalation). */
  actorName: z.string().nullable(),
  /**
   * By type: `lent` {itemId, depotId, gate, overrideReason?, deposit}; `handed_over` {by, at, minutesToHandOver};
   * `document_added` {documentId, kind}; `extended` {days, reason, previousDueOn, dueOn, extensions};
   * `reminder_queued` {kind, dueOn, outboxId}; `overdue_escalated` {dueOn, daysOverdue}; `pickup_requested`
   * {via: 'message'|'operator', assigneeId?}; `returned` {condition, depotId, accessoriesMissing};
   * `deposit_refunded` {amount, reference?}; `deposit_deducted` {amount, reason}; `deposit_forfeited` {amount};
   * `written_off` {lossReason, note}; `cancelled` {reason}.
   */
  details: z.record(z.string(), z.unknown()),
});
export type LoanEventView = z.infer<typeof loanEventView>;

export const depositView = z.object({
  amount: z.number().int(),
  mode: z.enum(depositModes),
  receiptNumber: z.string().nullable(),
  waiveReason: z.string().nullable(),
  refunded: z.number().int(),
  deducted: z.number().int(),
  /** Still held. */
  balance: z.number().int(),
});

export const loanSummary = z.object({
  id: uuid,
  reference: z.string(),
  organisation: namedRef,
  district: districtView,
  case: z.object({ id: uuid, reference: z.string() }),
  item: itemRef,
  depot: namedRef,
  status: z.enum(loanStatuses),
  patientName: z.string(),
  /** Masked in lists. */
  patientPhone: z.string(),
  lentAt: z.string(),
  handedOverAt: z.string().nullable(),
  minutesToHandOver: z.number().int().nullable(),
  dueOn: isoDay,
  /** Active and past its due date (Kolkata day). */
  overdue: z.boolean(),
  daysOverdue: z.number().int(),
  extensions: z.number().int(),
  returnedAt: z.string().nullable(),
  pickupRequested: z.boolean(),
});
export type LoanSummary = z.infer<typeof loanSummary>;

export const loanQuery = pageQuery.extend({
  status: z.enum(loanStatuses).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  district: districtCode.optional(),
  organisationId: uuid.optional(),
  depotId: uuid.optional(),
  caseId: uuid.optional(),
  /** Due on or before this day (the reminder and pick-up lists). */
  dueBy: isoDay.optional(),
});
export type LoanQuery = z.input<typeof loanQuery>;

export const loanList = z.object({ items: z.array(loanSummary), total: z.number().int() });
export type LoanList = z.infer<typeof loanList>;

export const loanDetail = loanSummary.extend({
  borrowerName: z.string().nullable(),
  borrowerPhone: z.string().nullable(),
  phonesRevealed: z.boolean(),
  revealedUntil: z.string().nullable(),
  address: z.string(),
  language: z.enum(languages),
  channel: z.enum(channels),
  idSeen: z.enum(borrowerIdKinds).nullable(),
  gate: gateAnswers.extend({ band: z.enum(spo2Bands), outcome: z.enum(gateOutcomes) }),
  overrideReason: z.string().nullable(),
  accessories: z.array(
    z.object({ kind: z.enum(accessoryKinds), item: itemRef.nullable(), quantity: z.number().int() }),
  ),
  deposit: depositView,
  handedOverBy: z.string().nullable(),
  firstMessageAt: z.string().nullable(),
  returnCondition: z.enum(itemConditions).nullable(),
  accessoriesMissing: z.array(z.object({ kind: z.enum(accessoryKinds), quantity: z.number().int() })),
  returnDepot: namedRef.nullable(),
  lossReason: z.enum(lossReasons).nullable(),
  documents: z.array(loanDocumentView),
  events: z.array(loanEventView),
  can: loanCan,
});
export type LoanDetail = z.infer<typeof loanDetail>;

/** What one depot near the patient can lend now. */
export const panelDepotView = z.object({
  depot: namedRef.extend({ address: z.string(), kind: z.string() }),
  district: districtView,
  /** Null when the depot or the patient has no coordinates. */
  distanceKm: z.number().nullable(),
  available: z.array(
    z.object({
      kind: z.enum(deviceKinds),
      cylinderType: z.enum(cylinderTypes).nullable(),
      gasLitres: z.number().int().nullable(),
      count: z.number().int(),
      /** The first few items to lend from (oldest in the depot first). */
      items: z.array(itemRef),
    }),
  ),
  /** Accessories at the depot ready to go with a device. */
  accessories: z.array(z.object({ kind: z.enum(accessoryKinds), count: z.number().int() })),
  /** Who can deliver from this depot (the depot's district's operators and volunteers on duty). */
  deliverers: z.array(namedRef),
});

/** The case's lending panel: the gate as last answered, the loans on the case, the nearest depots' stock. */
export const lendingPanel = z.object({
  caseId: uuid,
  /** The gate over the case's recorded answers (SpO2 from the case's patient until the gate is answered). */
  gate: gateView,
  loans: z.array(loanSummary),
  depots: z.array(panelDepotView),
  /** The organisation's defaults for the lend form. */
  defaults: z.object({ loanDays: z.number().int(), deposit: z.object({ cylinder: rupees, concentrator: rupees }) }),
  can: lendingCan,
});
export type LendingPanel = z.infer<typeof lendingPanel>;

/** The 409 when another operator took the item first: who has it (the loan, not the patient). */
export const itemTakenDetails = z.object({
  loanId: uuid,
  reference: z.string(),
  lentBy: z.string().nullable(),
  lentAt: z.string(),
});
export type ItemTakenDetails = z.infer<typeof itemTakenDetails>;
