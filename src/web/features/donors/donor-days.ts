// Donor rules count calendar days in Asia/Kolkata (server/domain/blood/calendar.ts): the screens read "today" and
// write each day on that same calendar, whatever the time zone of the browser.
import type { Language } from '../../../shared/enums.js';
import { dateTimeFormat } from '../../components/format-date';

const istOffsetMs = 330 * 60_000;

/** The Asia/Kolkata calendar day an instant falls on, as an ISO day ('2027-02-12'). */
export function kolkataDay(instantMs: number): string {
  return new Date(instantMs + istOffsetMs).toISOString().slice(0, 10);
}

const isoDayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO day as the page's language writes it: "12 Feb" this year, "12 Feb 2028" in another. */
export function formatDay(day: string, language: Language, today: string): string {
  if (!isoDayPattern.test(day)) return day;
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  // Noon UTC of that day, written in UTC: the same calendar day in every time zone.
  const format = dateTimeFormat(language, {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  });
  return format.format(new Date(`${day}T12:00:00Z`));
}

/** When a donor may next give: now, from a day, or on no day these rules know (too old, pregnant, deferred for good). */
export type NextEligible = { kind: 'now' } | { kind: 'from'; day: string } | { kind: 'unknown' };

/**
 * As the server decided it (the screens do not judge eligibility themselves): eligible now, else from the day the
 * rules gave, else no day known.
 */
export function nextEligible(eligible: boolean, from: string | null): NextEligible {
  if (eligible) return { kind: 'now' };
  return from === null ? { kind: 'unknown' } : { kind: 'from', day: from };
}
