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
  /** Units the pool can be expected to give in the horizon: the donations its donors may give × response rate. */
  unitsCoverable: number;
  /** Donors to add so the pool covers the horizon (0 when it does). */
  missingDonors: number;
  warning: boolean;
  /** The year's pool size by the formula, for the coordinator's reference. */
  poolSizeNeeded: number;
  /** Pool donors able to give at least once in the horizon. */
  donorsAbleToGive: number;
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
 * Whether the pool covers the next `horizonDays` (default 91, about three months). A donor still to be found is
 * counted at the longer (women's) gap, so the number of missing donors is enough whoever joins.
 */
export function coverage({
  patient,
  pool,
  today,
  horizonDays = rosterDefaults.horizonDays,
  responseRate = rosterDefaults.responseRate,
}: {
  patient: CoveragePatient;
  pool: readonly CoverageDonor[];
  today: IsoDay;
  horizonDays?: number;
  responseRate?: number;
}): Coverage {
  const transfusions = transfusionDaysWithin({
    lastTransfusionOn: patient.lastTransfusionOn,
    intervalDays: patient.intervalDays,
    today,
    horizonDays,
  });
  const unitsNeeded = transfusions.length * patient.unitsPerTransfusion;
  const slots = pool.map((d) => donationSlots(d, transfusions));
  const totalSlots = slots.reduce((a, b) => a + b, 0);
  const unitsCoverable = Math.floor(Number((totalSlots * responseRate).toFixed(9)));
  const newDonorSlots = donationSlots({ sex: null, eligibleWholeBloodFrom: today }, transfusions);
  const shortUnits = unitsNeeded - totalSlots * responseRate;
  const missingDonors =
    shortUnits > 1e-9 && newDonorSlots > 0
      ? Math.ceil(Number((shortUnits / (newDonorSlots * responseRate)).toFixed(9)))
      : 0;
  return {
    transfusions,
    unitsNeeded,
    unitsCoverable,
    missingDonors,
    warning: missingDonors > 0,
    poolSizeNeeded: poolSizeNeeded({
      intervalDays: patient.intervalDays,
      unitsPerTransfusion: patient.unitsPerTransfusion,
      responseRate,
    }),
    donorsAbleToGive: slots.filter((s) => s > 0).length,
  };
}
