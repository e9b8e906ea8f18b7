// Time targets, measured from the person's earliest message.
import type { CaseStatus, Priority } from '../../../shared/enums.js';
import type { DeskPolicy } from './desk-policy.js';

export function dueTimes(
  clockStart: Date,
  priority: Priority,
  targets: DeskPolicy['targets'],
): { responseDueAt: Date; fulfilDueAt: Date } {
  const t = targets[priority];
  return {
    responseDueAt: new Date(clockStart.getTime() + t.firstResponseMinutes * 60_000),
    fulfilDueAt: new Date(clockStart.getTime() + t.fulfilMinutes * 60_000),
  };
}

export type SlaState = 'ok' | 'near' | 'overdue' | 'met' | 'missed' | 'closed';

export interface SlaInput {
  status: CaseStatus;
  clockStart: Date;
  firstResponseAt: Date | null;
  responseDueAt: Date;
  fulfilDueAt: Date;
  fulfilledAt: Date | null;
  closedAt: Date | null;
}

/**
 * Before anyone has responded, the response target applies; after, the fulfilment target. A fulfilled
 * case met or missed its target; a closed one stops its clock with no verdict.
 */
export function slaStatus(
  input: SlaInput,
  now: Date,
  nearShare: number,
): { state: SlaState; waitingMinutes: number; targetMinutes: number } {
  const end = input.fulfilledAt ?? input.closedAt ?? now;
  const waitingMinutes = Math.max(0, Math.floor((end.getTime() - input.clockStart.getTime()) / 60_000));
  const fulfilTarget = Math.round((input.fulfilDueAt.getTime() - input.clockStart.getTime()) / 60_000);
  if (input.status === 'fulfilled') {
    return { state: end <= input.fulfilDueAt ? 'met' : 'missed', waitingMinutes, targetMinutes: fulfilTarget };
  }
  // Closed without being fulfilled (no longer needed, unreachable, a duplicate): the clock stops with no verdict,
  // so "met in time" counts only help that was given.
  if (input.status === 'closed') return { state: 'closed', waitingMinutes, targetMinutes: fulfilTarget };
  const due = input.firstResponseAt ? input.fulfilDueAt : input.responseDueAt;
  const targetMinutes = Math.round((due.getTime() - input.clockStart.getTime()) / 60_000);
  if (now > due) return { state: 'overdue', waitingMinutes, targetMinutes };
  const used = (now.getTime() - input.clockStart.getTime()) / (due.getTime() - input.clockStart.getTime());
  return { state: used >= nearShare ? 'near' : 'ok', waitingMinutes, targetMinutes };
}
