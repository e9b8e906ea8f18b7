// How many donors a child's roster needs, and whether the pool it has covers the next three months (DOMAIN.md §3,
// issue #14: "the roster warns the coordinator when the pool cannot cover the next 3 months, and says how many donors
// are missing").
//
//   pool ≥ units a year ÷ (donations a donor may give a year × response rate)
//
// A year of whole blood is 4 donations for men (90 days apart) and 3 for women (120 days apart): the whole-blood
// gaps come from the eligibility rule set (nbtc2017Values), not from numbers written here. Every default lives in
// `rosterDefaults`.
import type { Sex } from '../../../shared/enums.js';
import { addDays, type IsoDay } from '../blood/calendar.js';
import { nbtc2017Values } from '../blood/eligibility.js';
import { transfusionDaysWithin } from './transfusion-calendar.js';

/** Whole-blood days between two donations by the same donor, by sex (an unknown sex takes the longer gap). */
export function wholeBloodGapDays(sex: Sex | null | undefined): number {
  return nbtc2017Values.wholeBloodDays[sex ?? 'other'];
}

/** Whole-blood donations a donor may give in a year: 4 for men, 3 for women (and for an unknown sex). */
export function donationsPerYear(sex: Sex | null | undefined): number {
  return Math.floor(365 / wholeBloodGapDays(sex));
}

export const rosterDefaults = {
  /** The share of booked donors who say yes and come (issue #14 / DOMAIN.md: 0.6). */
  responseRate: 0.6,
  /** Donations a donor may give a year when the pool's donors are not known yet: men's 4 (the pool formula's usual). */
  donationsPerDonorPerYear: donationsPerYear('male'),
  /** The roster warns when the pool cannot cover this many days ahead (about three months). */
  horizonDays: 91,
  /** Days in a year for units a year. */
  daysPerYear: 365,
} as const;

export interface PoolSizeInput {
  intervalDays: number;
  unitsPerTransfusion: number;
  donationsPerDonorPerYear?: number;
  responseRate?: number;
}

/** Units a child needs in a year at this interval. */
export function unitsPerYear(intervalDays: number, unitsPerTransfusion: number): number {
  return (rosterDefaults.daysPerYear / intervalDays) * unitsPerTransfusion;
}

/** The smallest pool that can give a year's units: units a year ÷ (donations per donor a year × response rate). */
export function poolSizeNeeded({
  intervalDays,
  unitsPerTransfusion,
  donationsPerDonorPerYear = rosterDefaults.donationsPerDonorPerYear,
  responseRate = rosterDefaults.responseRate,
}: PoolSizeInput): number {
  if (!(intervalDays > 0) || !(unitsPerTransfusion > 0)) throw new RangeError('interval and units must be positive');
  if (!(donationsPerDonorPerYear > 0) || !(responseRate > 0 && responseRate <= 1)) {
    throw new RangeError('donations per year must be positive and the response rate in (0, 1]');
  }
  // Rounded to 9 places first so 24 / 2.4 is 10, not 10.000000000000002 → 11.
  return Math.ceil(
    Number((unitsPerYear(intervalDays, unitsPerTransfusion) / (donationsPerDonorPerYear * responseRate)).toFixed(9)),
  );
}

export interface CoveragePatient {
  intervalDays: number;
  unitsPerTransfusion: number;
  lastTransfusionOn: IsoDay | null;
}

export interface CoverageDonor {
  sex: Sex | null;
  /** The first day the donor may give whole blood (their last donation, a centre's deferral…); null: no such day. */
  eligibleWholeBloodFrom: IsoDay | null;
  lastDonatedOn?: IsoDay | null;
}

export interface Coverage {
  /** The child's transfusion days within the horizon. */
  transfusions: IsoDay[];
  unitsNeeded: number;
  /** The pool the child's rhythm needs, by the formula (the one number the roster, the list and the API show). */
  poolSizeNeeded: number;
  /** Pool donors who count toward it (`isAvailableDonor`): in the rotation, not kept out past the horizon. */
  donorsAvailable: number;
  /** Donors to add so the pool covers the horizon: the pool needed less the donors available (0 when it does). */
  missingDonors: number;
  warning: boolean;
}

/**
 * Donations one donor could give on these days: the first day on or after they are eligible, then each next day at
 * least their whole-blood gap later.
 */
export function donationSlots(donor: CoverageDonor, days: readonly IsoDay[]): number {
  let from = donor.eligibleWholeBloodFrom;
  if (from === null) return 0;
  if (donor.lastDonatedOn) {
    const afterLast = addDays(donor.lastDonatedOn, wholeBloodGapDays(donor.sex));
    if (afterLast > from) from = afterLast;
  }
  let slots = 0;
  for (const day of days) {
    if (day >= from) {
      slots++;
      from = addDays(day, wholeBloodGapDays(donor.sex));
    }
  }
  return slots;
}

/**
 * Whether a pool donor counts toward the pool the formula needs over these days (the child's days in the horizon):
 * one who can give on one of them does; so does one only resting from their own last donation (the formula's
 * "donations a donor may give a year" already counts that rest: in a steady rotation about a quarter of the pool is
 * resting at any time). One with no eligible day, or kept out past the horizon by anything else (a centre's
 * deferral, say), does not.
 */
export function isAvailableDonor(donor: CoverageDonor, days: readonly IsoDay[]): boolean {
  if (donor.eligibleWholeBloodFrom === null) return false;
  if (donationSlots(donor, days) > 0) return true;
  return Boolean(
    donor.lastDonatedOn && donor.eligibleWholeBloodFrom <= addDays(donor.lastDonatedOn, wholeBloodGapDays(donor.sex)),
  );
}

/**
 * The shortfall of a child's pool — THE one rule for "how many donors are missing", whatever shows it (the roster's
 * warning, the children's list, the API): the pool the child's rhythm needs by the formula above (DOMAIN.md §3),
 * less the pool's donors available on the child's days within the next `horizonDays` (default 91, about three
 * months; see `isAvailableDonor`: a donor deferred past the horizon, or with no eligible day, does not count). A calendar with no
 * transfusion in the horizon needs nobody. A child whose care ended needs no pool: `ended` gives no shortfall.
 */
export function coverage({
  patient,
  pool,
  today,
  horizonDays = rosterDefaults.horizonDays,
  responseRate = rosterDefaults.responseRate,
  ended = false,
}: {
  patient: CoveragePatient;
  pool: readonly CoverageDonor[];
  today: IsoDay;
  horizonDays?: number;
  responseRate?: number;
  ended?: boolean;
}): Coverage {
  const transfusions = transfusionDaysWithin({
    lastTransfusionOn: patient.lastTransfusionOn,
    intervalDays: patient.intervalDays,
    today,
    horizonDays,
  });
  const needed = poolSizeNeeded({
    intervalDays: patient.intervalDays,
    unitsPerTransfusion: patient.unitsPerTransfusion,
    responseRate,
  });
  const donorsAvailable = pool.filter((d) => isAvailableDonor(d, transfusions)).length;
  const missingDonors = ended || transfusions.length === 0 ? 0 : Math.max(0, needed - donorsAvailable);
  return {
    transfusions,
    unitsNeeded: transfusions.length * patient.unitsPerTransfusion,
    poolSizeNeeded: needed,
    donorsAvailable,
    missingDonors,
    warning: missingDonors > 0,
  };
}
