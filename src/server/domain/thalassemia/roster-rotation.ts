// Which roster donors give for which transfusion: the pool gives in rotation (issue #14, DOMAIN.md §3).
//
// Rules, for every booking the plan makes:
//  1. Never while ineligible: the day is on or after the donor's `eligibleWholeBloodFrom` (which carries a blood
//     centre's deferral and every other rule; null means no eligible day is known, so never), and at least the
//     whole-blood gap (90 days men, 120 women — from the eligibility rule set) away from their last donation and
//     from every other day they are booked, before or after, for this child or another, including bookings this
//     plan makes.
//  2. Never above the monthly contact limit: a booking is one contact in the calendar month of its day (the ask, its
//     answer and the day-before reminder are one conversation about one donation); `monthContacts` holds the
//     contacts a donor already has per month (bookings, outreach asks), and a booking never takes a month above
//     `contactLimitPerMonth`.
//  3. Load spread: among the donors allowed on that day the one with the fewest bookings is chosen, so over a year
//     no donor has more than one booking above the least-loaded donor who could have taken it.
//  4. Deterministic: ties go to the fewest bookings, then the longest rested (the earliest last donation or booking;
//     never given comes first), then the donor id.
// Transfusions are filled in due order; a transfusion the pool cannot fill is a shortfall with the units missing.
import type { Sex } from '../../../shared/enums.js';
import { addDays, type IsoDay } from '../blood/calendar.js';
import { wholeBloodGapDays } from './pool-size.js';

export interface PlanTransfusion {
  id: string;
  dueOn: IsoDay;
  units: number;
  /** Donors already booked for it (booked, confirmed or donated). */
  booked: readonly string[];
}

export interface PoolDonor {
  donorId: string;
  sex: Sex | null;
  eligibleWholeBloodFrom: IsoDay | null;
  lastDonatedOn: IsoDay | null;
  /** Transfusions this donor must not be booked for: they declined it, or a centre deferred them for it. */
  excludedTransfusionIds?: readonly string[];
  /** Days the donor is already booked to give (any child's transfusion, including this child's). */
  bookedDays: readonly IsoDay[];
  /** Bookings the donor already carries for load spreading (defaults to the number of `bookedDays`). */
  load?: number;
}

export interface PlanInput {
  transfusions: readonly PlanTransfusion[];
  pool: readonly PoolDonor[];
  /** Nothing is booked for a day before this. */
  today: IsoDay;
  contactLimitPerMonth: number;
  monthContacts: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface PlannedBooking {
  transfusionId: string;
  donorId: string;
}

export interface Shortfall {
  transfusionId: string;
  missing: number;
}

export interface Plan {
  bookings: PlannedBooking[];
  shortfalls: Shortfall[];
}

const dayMs = 86_400_000;
const dayNumber = (day: IsoDay): number => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / dayMs;

/** Whole days between two Kolkata days, b − a. */
export function daysBetween(a: IsoDay, b: IsoDay): number {
  return dayNumber(b) - dayNumber(a);
}

interface DonorState {
  donor: PoolDonor;
  gap: number;
  /** Every day the donor gives or is booked to give. */
  days: IsoDay[];
  load: number;
  months: Map<string, number>;
  excluded: Set<string>;
}

/** Whether `day` is a day this donor may be booked (rules 1 and 2). */
function allowedOn(s: DonorState, day: IsoDay, today: IsoDay, contactLimitPerMonth: number): boolean {
  if (day < today) return false;
  const from = s.donor.eligibleWholeBloodFrom;
  if (from === null || day < from) return false;
  if (s.donor.lastDonatedOn && day < addDays(s.donor.lastDonatedOn, s.gap)) return false;
  for (const other of s.days) if (Math.abs(daysBetween(other, day)) < s.gap) return false;
  return (s.months.get(day.slice(0, 7)) ?? 0) < contactLimitPerMonth;
}

/** The day the donor last gave or is booked to give before `day`; null when never. */
function restedSince(s: DonorState, day: IsoDay): IsoDay | null {
  let last = s.donor.lastDonatedOn;
  for (const d of s.days) if (d < day && (last === null || d > last)) last = d;
  return last;
}

export function planBookings(input: PlanInput): Plan {
  const states = input.pool.map<DonorState>((donor) => {
    const months = new Map<string, number>(Object.entries(input.monthContacts[donor.donorId] ?? {}));
    return {
      donor,
      gap: wholeBloodGapDays(donor.sex),
      days: [...donor.bookedDays],
      load: donor.load ?? donor.bookedDays.length,
      months,
      excluded: new Set(donor.excludedTransfusionIds ?? []),
    };
  });
  const byId = new Map(states.map((s) => [s.donor.donorId, s]));
  // Days of this child's existing bookings count for the gap even when the caller left them out of `bookedDays`.
  for (const t of input.transfusions) {
    for (const donorId of t.booked) {
      const s = byId.get(donorId);
      if (s && !s.days.includes(t.dueOn)) s.days.push(t.dueOn);
    }
  }
  const ordered = [...input.transfusions].sort((a, b) =>
    a.dueOn === b.dueOn ? (a.id < b.id ? -1 : 1) : a.dueOn < b.dueOn ? -1 : 1,
  );
  const bookings: PlannedBooking[] = [];
  const shortfalls: Shortfall[] = [];
  for (const t of ordered) {
    const taken = new Set(t.booked);
    let missing = Math.max(0, t.units - taken.size);
    while (missing > 0) {
      const candidates = states.filter(
        (s) =>
          !taken.has(s.donor.donorId) &&
          !s.excluded.has(t.id) &&
          allowedOn(s, t.dueOn, input.today, input.contactLimitPerMonth),
      );
      if (candidates.length === 0) break;
      candidates.sort((a, b) => {
        if (a.load !== b.load) return a.load - b.load;
        const ra = restedSince(a, t.dueOn);
        const rb = restedSince(b, t.dueOn);
        if (ra !== rb) {
          if (ra === null) return -1;
          if (rb === null) return 1;
          return ra < rb ? -1 : 1;
        }
        return a.donor.donorId < b.donor.donorId ? -1 : 1;
      });
      const chosen = candidates[0]!;
      chosen.days.push(t.dueOn);
      chosen.load++;
      const month = t.dueOn.slice(0, 7);
      chosen.months.set(month, (chosen.months.get(month) ?? 0) + 1);
      taken.add(chosen.donor.donorId);
      bookings.push({ transfusionId: t.id, donorId: chosen.donor.donorId });
      missing--;
    }
    if (missing > 0) shortfalls.push({ transfusionId: t.id, missing });
  }
  return { bookings, shortfalls };
}
