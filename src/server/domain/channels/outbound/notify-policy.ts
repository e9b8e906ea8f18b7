// Which case changes a requester hears about over WhatsApp/SMS, and in which words. By default the steps that
// change what they can expect: verified, matched (someone has what they need), fulfilled, closed. An
// organisation may choose its own list. A case closed as a duplicate says nothing: its twin goes on.
import type { CaseStatus, CloseReason } from '../../../../shared/enums.js';
import type { Reply } from '../state.js';

export const defaultNotifyOn: readonly CaseStatus[] = ['verified', 'matched', 'fulfilled', 'closed'];

/** Statuses with a requester notification template (`notify.<status>`). */
export const notifiableStatuses: readonly CaseStatus[] = ['verified', 'matched', 'fulfilling', 'fulfilled', 'closed'];

export interface NotifyOverride {
  notifyOn?: readonly CaseStatus[] | null;
}

export interface StatusChange {
  to: CaseStatus;
  closeReason?: CloseReason | null;
}

export function shouldNotifyRequester(change: StatusChange, override: NotifyOverride | null = null): boolean {
  if (!notifiableStatuses.includes(change.to)) return false;
  if (change.to === 'closed' && change.closeReason === 'duplicate') return false;
  return (override?.notifyOn ?? defaultNotifyOn).includes(change.to);
}

/** The message for the requester, or null when this change is not one they hear about. */
export function requesterNotification(
  change: StatusChange,
  reference: string,
  override: NotifyOverride | null = null,
): Reply | null {
  if (!shouldNotifyRequester(change, override)) return null;
  return { key: `notify.${change.to}`, params: { reference } };
}

/** The coordinator's alert for a critical case past its target. */
export function escalationReply(reference: string, district: string, minutes: number): Reply {
  return { key: 'escalation', params: { reference, district, minutes: Math.max(0, Math.round(minutes)) } };
}
