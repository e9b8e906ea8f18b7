// A child's calendar of transfusions: every `intervalDays` Kolkata days from the last one given.
//
// Decision for a child who is overdue (the last transfusion plus the interval is already past): the first due day is
// TODAY, and the rhythm restarts from today. An overdue child needs blood now; waiting for the next day "on the old
// rhythm" could leave them up to a whole interval longer without blood, and once they are transfused today the
// interval counts from today anyway. A child with no transfusion on record is due today too.
import type { TransfusionState } from '../../../shared/enums.js';
import { addDays, checkedDay, type IsoDay } from '../blood/calendar.js';

export interface TransfusionCalendarInput {
  /** Kolkata day of the last transfusion given (or the latest already on the calendar); null when none is known. */
  lastTransfusionOn: IsoDay | null;
  intervalDays: number;
  /** Kolkata day to plan from. */
  today: IsoDay;
  /** How many days to return. */
  count: number;
}

/** The next `count` due days, ascending, each on or after `today`. */
export function nextTransfusionDays({
  lastTransfusionOn,
  intervalDays,
  today,
  count,
}: TransfusionCalendarInput): IsoDay[] {
  checkedDay(today);
  if (!Number.isInteger(intervalDays) || intervalDays < 1)
    throw new RangeError(`intervalDays must be a positive whole number`);
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a whole number');
  const next = lastTransfusionOn ? addDays(checkedDay(lastTransfusionOn), intervalDays) : today;
  const first = next < today ? today : next;
  const days: IsoDay[] = [];
  for (let i = 0; i < count; i++) days.push(addDays(first, i * intervalDays));
  return days;
}

/** The due days falling in [today, today + horizonDays). */
export function transfusionDaysWithin(
  input: Omit<TransfusionCalendarInput, 'count'> & { horizonDays: number },
): IsoDay[] {
  const end = addDays(input.today, input.horizonDays);
  // At most one due day per interval fits in the horizon, plus the first.
  const candidates = nextTransfusionDays({ ...input, count: Math.floor(input.horizonDays / input.intervalDays) + 1 });
  return candidates.filter((d) => d < end);
}

/**
 * A transfusion may be marked missed once its day has come (not before: it may still be given), while it is open.
 * The guard and the calendar's presenter both ask this, so the button shows exactly when the server accepts.
 */
export function transfusionMissable(transfusion: { state: TransfusionState; dueOn: IsoDay }, today: IsoDay): boolean {
  return (transfusion.state === 'planned' || transfusion.state === 'covered') && transfusion.dueOn <= today;
}
