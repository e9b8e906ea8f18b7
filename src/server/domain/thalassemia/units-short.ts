// How many units of one transfusion have no donor to count on: the ONE rule read by every path that opens, feeds or
// reports a transfusion's shortfall — the roster job near the day (run-transfusion-roster.ts), a decline, deferral or
// no-show that empties the pool (booking-action.ts `rebook`), "book now"'s units missing (book-now.ts), and the
// quantity of a desk case already open for it (transfusion-case.ts `followTransfusionCases`).
//
// The rule changes at the desk's triage window before the day (desk policy `highTransfusionHours`, 72 h by default,
// the window in which triage already calls a thalassemia transfusion high and the roster job sends it to the desk):
//
//  - before the window, a donor who is booked and has not answered yet still holds their unit: there is time for
//    them to answer, and a NO books the next in the pool (roster-rotation.ts). Counting them missing would send
//    outreach to strangers — and use up their monthly contact limit — for units the child's own pool is expected to
//    give (DOMAIN.md §3: a fixed group of donors giving in rotation is the best practice). So: units less the donors
//    booked, confirmed or who gave.
//  - within the window, only a donor who said yes (or gave) counts: the roster job's own comment is that a day this
//    near "without a confirmed donor for every unit" goes to the desk, the day-before reminder goes to confirmed
//    donors only, and a silent booking two days before is not blood the centre can plan on. So: units less the
//    donors confirmed or who gave.
//
// A donor who declined, was deferred, did not come, or whose booking was cancelled never counts. The window is
// measured, as triage measures it, to the start of the transfusion's day in Kolkata; exactly `windowHours` away is
// within it (the job's `<=`).
import type { TransfusionBookingState } from '../../../shared/enums.js';
import type { IsoDay } from '../blood/calendar.js';

/** The desk's default triage window for a transfusion (desk policy `triage.highTransfusionHours`). */
export const defaultShortfallWindowHours = 72;

/** Booking states that hold a unit before the window: asked and not answered, said yes, or gave. */
export const holdingBeforeWindow: readonly TransfusionBookingState[] = ['booked', 'confirmed', 'donated'];
/** Booking states that hold a unit within the window: said yes, or gave. */
export const holdingWithinWindow: readonly TransfusionBookingState[] = ['confirmed', 'donated'];

export interface UnitsShortInput {
  /** Units the transfusion needs. */
  unitsNeeded: number;
  /** Every booking of this transfusion, whatever its state. */
  bookings: ReadonlyArray<{ state: TransfusionBookingState }>;
  now: Date;
  /** The transfusion's day (Kolkata). */
  day: IsoDay;
  /** The desk's triage window; 72 h unless the organisation's desk policy says otherwise. */
  windowHours?: number;
}

/** Hours from `now` to the start of `day` in Kolkata (negative once the day has begun). */
export function hoursUntilDay(day: IsoDay, now: Date): number {
  return (Date.parse(`${day}T00:00:00+05:30`) - now.getTime()) / 3_600_000;
}

/** Whether `day` is within the desk's window from `now` (exactly `windowHours` away is within). */
export function isWithinShortfallWindow(
  day: IsoDay,
  now: Date,
  windowHours: number = defaultShortfallWindowHours,
): boolean {
  return hoursUntilDay(day, now) <= windowHours;
}

/** Units of the transfusion without a donor to count on (never below nought). */
export function unitsShort(input: UnitsShortInput): number {
  const count = (states: readonly TransfusionBookingState[]) =>
    input.bookings.filter((b) => states.includes(b.state)).length;
  return unitsShortOfCounts({
    ...input,
    heldBeforeWindow: count(holdingBeforeWindow),
    heldWithinWindow: count(holdingWithinWindow),
  });
}

/** The same rule from counts already made (a list read in SQL): bookings holding a unit by each side's states. */
export function unitsShortOfCounts(
  input: Omit<UnitsShortInput, 'bookings'> & { heldBeforeWindow: number; heldWithinWindow: number },
): number {
  const held = isWithinShortfallWindow(input.day, input.now, input.windowHours)
    ? input.heldWithinWindow
    : input.heldBeforeWindow;
  return Math.max(0, input.unitsNeeded - held);
}
