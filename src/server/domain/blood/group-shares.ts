// How common each group is among Indian donors (large blood-centre series agree to about a point: B+ about a third,
// O+ and A+ next, every RhD-negative group 2 % or less). Only used to choose how to read donors, so rough is enough.
import type { AboRhGroup } from '../../../shared/enums.js';

const sharePercent: Record<AboRhGroup, number> = {
  'B+': 32,
  'O+': 29,
  'A+': 21,
  'AB+': 8,
  'B-': 2,
  'O-': 2,
  'A-': 1.5,
  'AB-': 0.5,
};

const whole = Object.values(sharePercent).reduce((sum, p) => sum + p, 0);

/** The share of donors (0–1) whose group is one of these. */
export function groupsShare(groups: readonly AboRhGroup[]): number {
  return [...new Set(groups)].reduce((sum, g) => sum + sharePercent[g], 0) / whole;
}
