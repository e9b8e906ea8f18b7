// The care figures of issue #14 (part 5), beside the blood figures of one organisation and period: camps held (units
// collected against their targets), children served and transfusions met on time. Pure: the database hands over
// rows, this adds them up, so the page, the API and the CSV all read numbers made by one rule.
//
// The rules, decided once here:
// - A camp counts in the period of its Kolkata day, once it is held (a planned or cancelled camp is not "held").
//   Units collected are the units of its registrations that donated; "came" are those who checked in.
// - A transfusion counts as due in the period of its due day; a cancelled one (moved, or taken off the calendar)
//   is not due. It is met on time when it was done on or before its due day plus `onTimeGraceDays` (a child
//   transfused two days late has still been kept safe: haemoglobin is checked at the visit and a day or two does not
//   change the dose). Done later is late; marked missed is missed; still open after the grace is overdue (not met);
//   still open within the grace is pending, not decided yet, and left out of the on-time share.
// - A child is served in the period when a transfusion of theirs was done on a day in the period, whatever their
//   state is now (a child who paused or ended since was still served then).
import { addDays, type IsoDay } from '../blood/calendar.js';
import type { CampState, TransfusionState } from '../../../shared/enums.js';

/** Days after the due day a transfusion may be done and still count as on time. */
export const onTimeGraceDays = 2;

export interface Period {
  from: IsoDay | null;
  to: IsoDay;
}

/** One camp of the organisation (or organisations) read, with its registrations counted. */
export interface CampFigureRow {
  id: string;
  title: string;
  venue: string;
  /** Kolkata day the camp started. */
  day: IsoDay;
  state: CampState;
  targetUnits: number;
  registered: number;
  came: number;
  donated: number;
  deferred: number;
  unitsCollected: number;
}

/** One transfusion on a child's calendar. */
export interface TransfusionFigureRow {
  patientId: string;
  dueOn: IsoDay;
  state: TransfusionState;
  doneOn: IsoDay | null;
}

export type Timeliness = 'on_time' | 'late' | 'missed' | 'overdue' | 'pending';

export interface CampFigures {
  held: number;
  targetUnits: number;
  unitsCollected: number;
  registered: number;
  came: number;
  donated: number;
  deferred: number;
  /** The held camps, latest first. */
  list: Array<Omit<CampFigureRow, 'state'>>;
}

export interface TransfusionFigures {
  /** Due in the period (cancelled ones are not due). */
  due: number;
  onTime: number;
  late: number;
  missed: number;
  overdue: number;
  pending: number;
  /** On time out of those decided (due minus pending), in whole per cent; null when none is decided. */
  onTimePercent: number | null;
  graceDays: number;
}

export interface CareFigures {
  camps: CampFigures;
  childrenServed: number;
  transfusions: TransfusionFigures;
}

const inPeriod = (day: IsoDay, period: Period): boolean =>
  (period.from === null || day >= period.from) && day <= period.to;

/** Whether one due transfusion was met on time, as of `today`. Undefined for a cancelled one (never due). */
export function timelinessOf(
  row: Pick<TransfusionFigureRow, 'dueOn' | 'state' | 'doneOn'>,
  today: IsoDay,
  graceDays: number = onTimeGraceDays,
): Timeliness | undefined {
  const lastOnTimeDay = addDays(row.dueOn, graceDays);
  switch (row.state) {
    case 'cancelled':
      return undefined;
    case 'done':
      return row.doneOn !== null && row.doneOn > lastOnTimeDay ? 'late' : 'on_time';
    case 'missed':
      return 'missed';
    case 'planned':
    case 'covered':
      return today > lastOnTimeDay ? 'overdue' : 'pending';
  }
}

export function summariseCamps(rows: readonly CampFigureRow[], period: Period): CampFigures {
  const held = rows
    .filter((r) => r.state === 'held' && inPeriod(r.day, period))
    .sort((a, b) => b.day.localeCompare(a.day) || a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id));
  const sum = (pick: (r: CampFigureRow) => number) => held.reduce((total, r) => total + pick(r), 0);
  return {
    held: held.length,
    targetUnits: sum((r) => r.targetUnits),
    unitsCollected: sum((r) => r.unitsCollected),
    registered: sum((r) => r.registered),
    came: sum((r) => r.came),
    donated: sum((r) => r.donated),
    deferred: sum((r) => r.deferred),
    list: held.map(({ state: _state, ...camp }) => camp),
  };
}

export function summariseTransfusions(
  rows: readonly TransfusionFigureRow[],
  period: Period,
  today: IsoDay,
  graceDays: number = onTimeGraceDays,
): { transfusions: TransfusionFigures; childrenServed: number } {
  const counts: Record<Timeliness, number> = { on_time: 0, late: 0, missed: 0, overdue: 0, pending: 0 };
  const served = new Set<string>();
  for (const row of rows) {
    if (row.state === 'done' && row.doneOn !== null && inPeriod(row.doneOn, period)) served.add(row.patientId);
    if (!inPeriod(row.dueOn, period)) continue;
    const timeliness = timelinessOf(row, today, graceDays);
    if (timeliness !== undefined) counts[timeliness] += 1;
  }
  const due = counts.on_time + counts.late + counts.missed + counts.overdue + counts.pending;
  const decided = due - counts.pending;
  return {
    transfusions: {
      due,
      onTime: counts.on_time,
      late: counts.late,
      missed: counts.missed,
      overdue: counts.overdue,
      pending: counts.pending,
      onTimePercent: decided === 0 ? null : Math.round((100 * counts.on_time) / decided),
      graceDays,
    },
    childrenServed: served.size,
  };
}

/** The care figures of a period, as of `today` (Kolkata). */
export function summariseCare(
  camps: readonly CampFigureRow[],
  transfusions: readonly TransfusionFigureRow[],
  period: Period,
  today: IsoDay,
): CareFigures {
  const { transfusions: figures, childrenServed } = summariseTransfusions(transfusions, period, today);
  return { camps: summariseCamps(camps, period), childrenServed, transfusions: figures };
}
