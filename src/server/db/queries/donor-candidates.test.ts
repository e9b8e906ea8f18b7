import { describe, expect, it } from 'vitest';
import { aboRhGroups, bloodProducts } from '../../../shared/enums.js';
import { compatibleDonorGroups } from '../../domain/outreach/need-products.js';
import { readPlan, rhNegativeGroups } from './donor-candidates.js';

describe('how the nearest suitable donors are read', () => {
  it('reads every donor at once for the patients most donors suit', () => {
    for (const group of ['AB+', 'A+', 'B+', 'O+'] as const) {
      expect(readPlan(compatibleDonorGroups({ group }, 'red_cells').groups, null)).toBe('near');
    }
  });

  it('reads the RhD-negative donors on their own for an RhD-negative patient’s red cells', () => {
    for (const group of ['AB-', 'A-', 'B-', 'O-'] as const) {
      expect(readPlan(compatibleDonorGroups({ group }, 'red_cells').groups, null)).toBe('rh_negative');
    }
  });

  it('reads group by group for a rare phenotype, and for a rare mix the RhD-negative index does not hold', () => {
    expect(readPlan(['O-'], 'bombay_oh')).toBe('per_group');
    // AB plasma suits an AB patient: AB+ is not in the RhD-negative index, and AB is too few to read every donor for.
    expect(readPlan(['AB+', 'AB-'], null)).toBe('per_group');
  });

  it('never reads the RhD-negative index for a group it does not hold', () => {
    const read = aboRhGroups
      .flatMap((group) => bloodProducts.map((product) => compatibleDonorGroups({ group }, product).groups))
      .filter((groups) => readPlan(groups, null) === 'rh_negative');
    expect(read.length).toBeGreaterThanOrEqual(4);
    for (const groups of read) expect(groups.every((g) => rhNegativeGroups.includes(g))).toBe(true);
  });
});
