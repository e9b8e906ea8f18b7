// When an ask may reach a donor: never in the organisation's quiet hours (Kolkata, 22:00–07:00 by default) unless
// the case is critical, and within the hours the donor said they may be contacted. A critical case overrides both:
// a donor who gives blood for a dying patient at midnight is the reason the registry exists, and the default
// contact hours are the quiet hours' mirror, so honouring them would undo the override.
const kolkataOffsetMinutes = 330;
const minutesPerDay = 1440;

/** Minutes after midnight, Kolkata. */
export function kolkataMinuteOfDay(instant: Date): number {
  const minutes = Math.floor(instant.getTime() / 60_000) + kolkataOffsetMinutes;
  return ((minutes % minutesPerDay) + minutesPerDay) % minutesPerDay;
}

/** Whether a minute of the day lies in [from, to), a window that spans midnight when from > to; empty when equal. */
export function inWindow(minute: number, from: number, to: number): boolean {
  if (from === to) return false;
  return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

export interface QuietHours {
  /** Kolkata hours: from 22 to 7 is 22:00–07:00. Equal hours: no quiet hours. */
  from: number;
  to: number;
}

export function inQuietHours(now: Date, quiet: QuietHours): boolean {
  return inWindow(kolkataMinuteOfDay(now), quiet.from * 60, quiet.to * 60);
}

/** The end of the quiet hours `now` is in (or `now` itself when it is not in them). */
export function quietHoursEnd(now: Date, quiet: QuietHours): Date {
  if (!inQuietHours(now, quiet)) return now;
  return atNextMinuteOfDay(now, quiet.to * 60);
}

/** The first instant at or after `now` that falls on the given Kolkata minute of the day. */
function atNextMinuteOfDay(now: Date, minute: number): Date {
  const current = kolkataMinuteOfDay(now);
  const ahead = (minute - current + minutesPerDay) % minutesPerDay;
  const startOfMinute = Math.floor(now.getTime() / 60_000) * 60_000;
  return ahead === 0 ? now : new Date(startOfMinute + ahead * 60_000);
}

export interface SendTimeInput {
  now: Date;
  critical: boolean;
  quietHours: QuietHours;
  /** The donor's contact hours, minutes after midnight (Kolkata); from > to spans midnight, equal means any time. */
  contactFrom: number;
  contactTo: number;
}

/**
 * When an ask made now would go out: null for at once, else the first moment outside the quiet hours and inside
 * the donor's contact hours. A donor reachable only in the quiet hours is asked when they end (the organisation's
 * rule wins over the donor's window).
 */
export function sendAfter(input: SendTimeInput): Date | null {
  if (input.critical) return null;
  const quiet = { from: input.quietHours.from * 60, to: input.quietHours.to * 60 };
  const anyTime = input.contactFrom === input.contactTo;
  const allowed = (minute: number) =>
    !inWindow(minute, quiet.from, quiet.to) && (anyTime || inWindow(minute, input.contactFrom, input.contactTo));
  if (allowed(kolkataMinuteOfDay(input.now))) return null;
  // Allowed time begins where the contact window opens or the quiet hours end: the earliest such that is allowed.
  const starts = [quiet.to, ...(anyTime ? [] : [input.contactFrom])]
    .filter(allowed)
    .map((minute) => atNextMinuteOfDay(input.now, minute))
    .sort((a, b) => a.getTime() - b.getTime());
  return starts[0] ?? quietHoursEnd(input.now, input.quietHours);
}
