// The day a donor is asked to give on. A need is for today — except a thalassemia child's transfusion on a later day
// (the desk case a roster shortfall opens carries it, as any case with a transfusion date does): the ask, and the
// reply to a YES, name that day, or a donor told "today" would come days early.
import { kolkataDay, type IsoDay } from '../blood/calendar.js';

/** The case's transfusion day when it is after today in Kolkata; null: the need is for today. */
export function laterAskDay(caseRow: { transfusionDate: string | null }, now: Date): IsoDay | null {
  const day = caseRow.transfusionDate;
  return day !== null && day > kolkataDay(now) ? day : null;
}
