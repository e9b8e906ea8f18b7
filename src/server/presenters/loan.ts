// Loan rows → the JSON the API answers (shared/contracts/loans.ts). Phones are masked unless the reader revealed
// this loan's numbers lately; overdue is computed here from the due date (never stored).
import type { LoanCan } from '../../shared/contracts/lending-can.js';
import type { ItemRef } from '../../shared/contracts/lending-common.js';
import type { LoanDetail, LoanDocumentView, LoanEventView, LoanSummary } from '../../shared/contracts/loans.js';
import type { DistrictEntry } from '../db/queries/districts.js';
import type { equipmentItems, loanDocuments, loanEvents, loans } from '../db/schema/index.js';
import { depositBalance } from '../domain/lending/deposits.js';
import { daysOverdue } from '../domain/lending/loan-schedule.js';
import { maskPhone } from '../domain/privacy/masking.js';

export type LoanRow = typeof loans.$inferSelect;
export type LoanEventRow = typeof loanEvents.$inferSelect;
export type LoanDocumentRow = typeof loanDocuments.$inferSelect;
export type ItemRow = typeof equipmentItems.$inferSelect;

export const presentItemRef = (item: ItemRow): ItemRef => ({
  id: item.id,
  kind: item.kind,
  label: item.label,
  cylinderType: item.cylinderType,
  gasLitres: item.gasLitres,
  status: item.status,
});

export const presentDistrict = (code: string, district: DistrictEntry | undefined) => ({
  code,
  name: district?.name ?? code,
  nameHi: district?.nameHi ?? district?.name ?? code,
});

/** What a summary needs besides the loan row. */
export interface LoanSummaryExtras {
  organisationName: string;
  district: DistrictEntry | undefined;
  caseReference: string;
  item: ItemRow;
  depotName: string;
}

export function presentLoanSummary(row: LoanRow, extras: LoanSummaryExtras, now: Date): LoanSummary {
  const late = row.status === 'active' ? daysOverdue(row.dueOn, now) : 0;
  return {
    id: row.id,
    reference: row.reference,
    organisation: { id: row.organisationId, name: extras.organisationName },
    district: presentDistrict(row.districtCode, extras.district),
    case: { id: row.caseId, reference: extras.caseReference },
    item: presentItemRef(extras.item),
    depot: { id: row.depotId, name: extras.depotName },
    status: row.status,
    patientName: row.patientName,
    patientPhone: maskPhone(row.patientPhone),
    lentAt: row.lentAt.toISOString(),
    handedOverAt: row.handedOverAt?.toISOString() ?? null,
    minutesToHandOver: row.minutesToHandOver,
    dueOn: row.dueOn,
    overdue: late > 0,
    daysOverdue: late,
    extensions: row.extensions,
    returnedAt: row.returnedAt?.toISOString() ?? null,
    pickupRequested: row.pickupRequestedAt !== null,
  };
}

export function presentLoanDocument(row: LoanDocumentRow, uploaderName: string | null): LoanDocumentView {
  return {
    id: row.id,
    kind: row.kind,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedBy: uploaderName,
    uploadedAt: row.uploadedAt.toISOString(),
    url: `/api/v1/loans/${row.loanId}/documents/${row.id}`,
  };
}

export function presentLoanEvent(row: LoanEventRow, actorName: string | null): LoanEventView {
  return { id: row.id.toString(), type: row.type, at: row.at.toISOString(), actorName, details: row.details };
}

/** What the detail needs besides the summary's. */
export interface LoanDetailExtras extends LoanSummaryExtras {
  /** Names of the people the loan mentions (hand-over, events, uploads), by id. */
  names: ReadonlyMap<string, string>;
  /** Tracked accessories lent with the device, by id. */
  accessoryItems: ReadonlyMap<string, ItemRow>;
  returnDepot: { id: string; name: string } | null;
  documents: readonly LoanDocumentRow[];
  events: readonly LoanEventRow[];
  /** Until when the reader sees the numbers; null: masked. */
  revealedUntil: Date | null;
  can: LoanCan;
}

export function presentLoanDetail(row: LoanRow, extras: LoanDetailExtras, now: Date): LoanDetail {
  const reveal = extras.revealedUntil !== null;
  const phone = (p: string | null) => (p === null ? null : reveal ? p : maskPhone(p));
  const name = (id: string | null) => (id ? (extras.names.get(id) ?? null) : null);
  const deposit = { amount: row.depositAmount, refunded: row.depositRefunded, deducted: row.depositDeducted };
  return {
    ...presentLoanSummary(row, extras, now),
    patientPhone: phone(row.patientPhone) ?? '',
    borrowerName: row.borrowerName,
    borrowerPhone: phone(row.borrowerPhone),
    phonesRevealed: reveal,
    revealedUntil: extras.revealedUntil?.toISOString() ?? null,
    address: row.address,
    language: row.language,
    channel: row.channel,
    idSeen: row.idSeen,
    gate: {
      covidPositive: row.covidPositive,
      hasPrescription: row.hasPrescription,
      homeIsolation: row.homeIsolation,
      spo2: row.spo2,
      band: row.spo2Band,
      outcome: row.gateOutcome,
    },
    overrideReason: row.overrideReason,
    accessories: row.accessories.map((a) => {
      const item = a.itemId ? extras.accessoryItems.get(a.itemId) : undefined;
      return { kind: a.kind, item: item ? presentItemRef(item) : null, quantity: a.quantity };
    }),
    deposit: {
      amount: row.depositAmount,
      mode: row.depositMode,
      receiptNumber: row.depositReceipt,
      waiveReason: row.depositWaiveReason,
      refunded: row.depositRefunded,
      deducted: row.depositDeducted,
      balance: depositBalance(deposit),
    },
    handedOverBy: row.handedOverByName ?? name(row.handedOverById),
    firstMessageAt: row.firstMessageAt?.toISOString() ?? null,
    returnCondition: row.returnCondition,
    accessoriesMissing: row.accessoriesMissing.map((a) => ({ kind: a.kind, quantity: a.quantity })),
    returnDepot: extras.returnDepot,
    lossReason: row.lossReason,
    documents: extras.documents.map((d) => presentLoanDocument(d, name(d.uploadedById))),
    events: [...extras.events].reverse().map((e) => presentLoanEvent(e, name(e.actorId))),
    can: extras.can,
  };
}
