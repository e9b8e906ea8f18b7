// Calendar days in Asia/Kolkata (UTC+05:30 all year, no daylight saving), written as ISO dates ('2026-03-01').
// Donor rules count whole days and calendar months on this calendar, whatever the server's time zone.

/** An ISO calendar date, 'YYYY-MM-DD'; ISO dates compare correctly as strings. */
export type IsoDay = string;

const istOffsetMs = 330 * 60_000;
const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Asia/Kolkata calendar day an instant falls on. */
export function kolkataDay(instant: Date): IsoDay {
  if (Number.isNaN(instant.getTime())) throw new RangeError('not a date');
  return new Date(instant.getTime() + istOffsetMs).toISOString().slice(0, 10);
}

function partsOf(day: IsoDay): [number, number, number] {
  const m = isoDay.exec(day);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN];
  if (!m || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo - 1)) throw new RangeError(`not an ISO day: ${day}`);
  return [y, mo, d];
}

/** Days in a month (monthIndex 0-11, may run past the year). */
function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

const format = (utcMs: number): IsoDay => new Date(utcMs).toISOString().slice(0, 10);

/** Checks an ISO day (throws RangeError on '2026-02-30' or '1/3/2026') and returns it. */
export function checkedDay(day: IsoDay): IsoDay {
  partsOf(day);
  return day;
}

export function addDays(day: IsoDay, days: number): IsoDay {
  const [y, m, d] = partsOf(day);
  return format(Date.UTC(y, m - 1, d + days));
}

/**
 * Calendar months: the same day of the month, `months` later. When the later month has no such day (31 August +
 * 6 months, 29 February + 12 months) it is the first day of the month after, so that the full months have passed.
 */
export function addMonths(day: IsoDay, months: number): IsoDay {
  const [y, m, d] = partsOf(day);
  const monthIndex = m - 1 + months;
  return d <= daysInMonth(y, monthIndex) ? format(Date.UTC(y, monthIndex, d)) : format(Date.UTC(y, monthIndex + 1, 1));
}

export const addYears = (day: IsoDay, years: number): IsoDay => addMonths(day, 12 * years);

/** Whole years from `birth` to `day`; someone born on 29 February turns a year older on 1 March in common years. */
export function fullYears(birth: IsoDay, day: IsoDay): number {
  const years = partsOf(day)[0] - partsOf(birth)[0];
  return addYears(birth, years) <= day ? years : years - 1;
}

export const laterDay = (a: IsoDay, b: IsoDay): IsoDay => (a >= b ? a : b);
