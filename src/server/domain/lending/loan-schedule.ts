// A loan's calendar: the due date (Kolkata days from the hand-over), extensions, the borrower's reminders (the day
// before and on the due date, at the organisation's hour, never in the quiet hours) and when an overdue loan
// escalates to the coordinators. Days are Kolkata calendar days ('YYYY-MM-DD'), whatever the server's time zone.
import type { LoanReminderKind } from '../../../shared/enums.js';
import { addDays, kolkataDay, type IsoDay } from '../blood/calendar.js';
import { inQuietHours, quietHoursEnd, type QuietHours } from '../outreach/send-time.js';
import type { LendingPolicy } from './lending-policy.js';

const istOffsetMs = 330 * 60_000;
const dayMs = 86_400_000;

/** The instant a Kolkata day reaches a minute of the day. */
export function kolkataInstant(day: IsoDay, minuteOfDay: number): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - istOffsetMs + minuteOfDay * 60_000);
}

/** Whole Kolkata days from `a` to `b` (negative when b is earlier). */
export function daysFromTo(a: IsoDay, b: IsoDay): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / dayMs);
}

/** The due date of a loan handed over at `start`: `loanDays` Kolkata days later (due by the end of that day). */
export function dueOn(start: Date, loanDays: number): IsoDay {
  return addDays(kolkataDay(start), loanDays);
}

export type ExtensionRefusal =
  'loan_closed' | 'extension_reason_required' | 'extension_limit_reached' | 'extension_days_invalid';

export interface ExtensionRequest {
  days: number;
  reason: string;
}

/**
 * A loan extended: the due date moves by `days` from the current due date (or from today, when it is already
 * overdue: an extension granted late does not leave the loan overdue), counted against the policy's limit.
 */
export function extendLoan(
  loan: { active: boolean; dueOn: IsoDay; extensions: number },
  request: ExtensionRequest,
  policy: Pick<LendingPolicy, 'maxExtensions' | 'maxExtensionDays'>,
  now: Date,
): { ok: true; dueOn: IsoDay; extensions: number } | { ok: false; code: ExtensionRefusal } {
  if (!loan.active) return { ok: false, code: 'loan_closed' };
  if (request.reason.trim() === '') return { ok: false, code: 'extension_reason_required' };
  if (!Number.isInteger(request.days) || request.days < 1 || request.days > policy.maxExtensionDays) {
    return { ok: false, code: 'extension_days_invalid' };
  }
  if (loan.extensions >= policy.maxExtensions) return { ok: false, code: 'extension_limit_reached' };
  const today = kolkataDay(now);
  const from = loan.dueOn < today ? today : loan.dueOn;
  return { ok: true, dueOn: addDays(from, request.days), extensions: loan.extensions + 1 };
}

export interface Reminder {
  kind: LoanReminderKind;
  at: Date;
}

/** Moves an instant out of the quiet hours (to their end). */
function outOfQuietHours(at: Date, quiet: QuietHours): Date {
  return inQuietHours(at, quiet) ? quietHoursEnd(at, quiet) : at;
}

/**
 * The reminders a loan due on `due` gets: the day before and on the due date, at the reminder hour moved out of the
 * quiet hours. Those whose time had passed when the loan was handed over (or extended: `since`) are left out, so a
 * one-day loan gets only the one on the day, and an extension schedules afresh.
 */
export function reminderSchedule(
  due: IsoDay,
  since: Date,
  policy: Pick<LendingPolicy, 'reminderHour' | 'quietHours'>,
): Reminder[] {
  const at = (day: IsoDay) => outOfQuietHours(kolkataInstant(day, policy.reminderHour * 60), policy.quietHours);
  const reminders: Reminder[] = [
    { kind: 'before_due', at: at(addDays(due, -1)) },
    { kind: 'on_due', at: at(due) },
  ];
  return reminders.filter((r) => r.at.getTime() > since.getTime());
}

/** Reminders whose time has come and that were not sent for this due date yet. */
export function remindersDue(schedule: readonly Reminder[], sent: readonly LoanReminderKind[], now: Date): Reminder[] {
  return schedule.filter((r) => r.at.getTime() <= now.getTime() && !sent.includes(r.kind));
}

/** Days an active loan is past its due date (0 on or before it): due on the 10th, the 11th is one day late. */
export function daysOverdue(due: IsoDay, now: Date): number {
  return Math.max(0, daysFromTo(due, kolkataDay(now)));
}

export const isOverdue = (due: IsoDay, now: Date): boolean => daysOverdue(due, now) > 0;

/**
 * An active loan escalates to the coordinators once it is late and `escalateAfterDaysOverdue` more days have
 * passed, once per due date (an extension makes a new due date, so a new escalation can follow it).
 */
export function shouldEscalate(
  loan: { active: boolean; dueOn: IsoDay; escalatedForDueOn: IsoDay | null },
  policy: Pick<LendingPolicy, 'escalateAfterDaysOverdue'>,
  now: Date,
): boolean {
  if (!loan.active || loan.escalatedForDueOn === loan.dueOn) return false;
  const late = daysOverdue(loan.dueOn, now);
  return late > 0 && late >= policy.escalateAfterDaysOverdue;
}

/** Days a loan lasted (or has lasted), from hand-over to return, in days with one decimal. */
export function loanDays(start: Date, end: Date): number {
  return Math.round(((end.getTime() - start.getTime()) / dayMs) * 10) / 10;
}
