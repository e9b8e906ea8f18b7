// The lend form as typed, and the body it becomes. Amounts stay text until sent, so the server names a bad one.
import type { CaseDetail } from '../../../../shared/contracts/cases.js';
import type { GateAnswers, LendBody, LendingPanel } from '../../../../shared/contracts/loans.js';
import {
  accessoryKinds,
  type AccessoryKind,
  type BorrowerIdKind,
  type Channel,
  type DepositMode,
  type DeviceKind,
  type Language,
} from '../../../../shared/enums.js';

export interface LendDraft {
  patientName: string;
  patientPhone: string;
  borrowerName: string;
  borrowerPhone: string;
  address: string;
  language: Language;
  channel: Channel;
  idSeen: BorrowerIdKind | '';
  depositAmount: string;
  depositMode: DepositMode;
  receiptNumber: string;
  waiveReason: string;
  accessories: AccessoryKind[];
  loanDays: string;
  overrideReason: string;
  handOverNow: boolean;
  handedOverBy: string;
}

const optional = (value: string) => (value.trim() === '' ? null : value.trim());

export function lendDraftFrom(detail: CaseDetail, panel: LendingPanel, kind: DeviceKind): LendDraft {
  const phone = detail.requester.phonesRevealed ? (detail.requester.phones[0] ?? '') : '';
  const { address: street, locality } = detail.location;
  // The locality is often already in the address the person gave; it is added only when it is not.
  const address =
    street && locality && !street.includes(locality) ? `${street}, ${locality}` : (street ?? locality ?? '');
  return {
    // The requester usually speaks for the patient (a son for his mother): they are the borrower, not the patient.
    patientName: detail.patient.name ?? '',
    patientPhone: phone,
    borrowerName:
      detail.patient.name !== null && detail.requester.name !== detail.patient.name
        ? (detail.requester.name ?? '')
        : '',
    borrowerPhone: '',
    address,
    language: detail.requester.language,
    channel: detail.channel === 'sms' ? 'sms' : 'whatsapp',
    idSeen: '',
    depositAmount: String(panel.defaults.deposit[kind]),
    depositMode: 'cash',
    receiptNumber: '',
    waiveReason: '',
    accessories: [],
    loanDays: String(panel.defaults.loanDays),
    overrideReason: '',
    handOverNow: false,
    handedOverBy: '',
  };
}

/** Waived and "none" deposits are zero rupees (the contract's rule); the amount field is then not sent as typed. */
export const depositIsHeld = (mode: DepositMode) => mode !== 'waived' && mode !== 'none';

export function lendBodyFrom(
  draft: LendDraft,
  context: { caseId: string; needId: string | null; itemId: string; gate: GateAnswers; now: Date },
): LendBody {
  const held = depositIsHeld(draft.depositMode);
  return {
    caseId: context.caseId,
    needId: context.needId,
    itemId: context.itemId,
    accessories: accessoryKinds
      .filter((kind) => draft.accessories.includes(kind))
      .map((kind) => ({ kind, itemId: null, quantity: 1 })),
    patientName: draft.patientName.trim(),
    patientPhone: draft.patientPhone.trim(),
    borrowerName: optional(draft.borrowerName),
    borrowerPhone: optional(draft.borrowerPhone),
    address: draft.address.trim(),
    language: draft.language,
    channel: draft.channel,
    idSeen: draft.idSeen === '' ? null : draft.idSeen,
    gate: context.gate,
    overrideReason: optional(draft.overrideReason),
    deposit: {
      amount: held ? Number(draft.depositAmount.trim() || Number.NaN) : 0,
      mode: draft.depositMode,
      receiptNumber: held ? optional(draft.receiptNumber) : null,
      reason: draft.depositMode === 'waived' ? optional(draft.waiveReason) : null,
    },
    ...(draft.loanDays.trim() === '' ? {} : { loanDays: Number(draft.loanDays.trim()) }),
    handOver: draft.handOverNow
      ? { byUserId: null, byName: optional(draft.handedOverBy), at: context.now.toISOString() }
      : null,
  };
}

/** The case's first oxygen need, to tie the loan to (null when the case has none: the server allows it). */
export function oxygenNeedId(detail: CaseDetail): string | null {
  return detail.needs.find((need) => lendingNeeds.has(need.resource))?.id ?? null;
}

export const lendingNeeds = new Set<string>(['oxygen_cylinder', 'oxygen_concentrator', 'oxygen']);
