// A camp's hours are typed and shown in Kolkata time, whatever the time zone of the browser: the coordinator in
// Kanpur and a partner's laptop set to UTC must plan the same 10:00.

const istOffsetMs = 330 * 60_000;
const inputPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** An instant as a datetime-local value on the Kolkata clock ("2026-12-07T10:00"). */
export function kolkataInputValue(iso: string): string {
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return '';
  return new Date(time + istOffsetMs).toISOString().slice(0, 16);
}

/** A datetime-local value read on the Kolkata clock, as the instant the API wants; null for an empty or bad box. */
export function instantFromKolkataInput(value: string): string | null {
  const match = inputPattern.exec(value.trim());
  if (match === null) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const utc = Date.UTC(year, month - 1, day, hour, minute) - istOffsetMs;
  const date = new Date(utc);
  // Reject days that do not exist (31 June): Date.UTC would roll them into the next month.
  if (kolkataInputValue(date.toISOString()) !== value.trim()) return null;
  return date.toISOString();
}

/** The Kolkata calendar day an instant falls on ("2026-12-07"). */
export function kolkataDayOf(iso: string): string {
  return kolkataInputValue(iso).slice(0, 10);
}
