import { describe, expect, it } from 'vitest';
import { aboRhGroups, bloodProducts } from '../../../shared/enums.js';
import { compatibility } from '../blood/compatibility.js';
import { compatibleDonorGroups, needProducts } from './need-products.js';

describe('what a need asks of donors', () => {
  it('maps blood, platelets and plasma needs; nothing else', () => {
    expect(needProducts('blood')).toEqual({ product: 'red_cells', donorProduct: 'whole_blood' });
    expect(needProducts('platelets')).toEqual({ product: 'platelets', donorProduct: 'platelets' });
    expect(needProducts('plasma')).toEqual({ product: 'plasma', donorProduct: 'plasma' });
    expect(needProducts('oxygen_cylinder')).toBeNull();
  });

  it('lists exactly the compatible donor groups, identical ones first, for every group and product', () => {
    for (const recipient of aboRhGroups) {
      for (const product of bloodProducts) {
        const { groups, phenotype } = compatibleDonorGroups({ group: recipient }, product);
        const expected = aboRhGroups.filter(
          (g) => compatibility({ group: g }, { group: recipient }, product).compatible,
        );
        expect([...groups].sort()).toEqual([...expected].sort());
        expect(phenotype).toBeNull();
        const preferred = groups.map((g) => compatibility({ group: g }, { group: recipient }, product).preferred);
        expect(preferred).toEqual([...preferred].sort((a, b) => Number(b) - Number(a)));
      }
    }
    expect(compatibleDonorGroups({ group: 'B+' }, 'red_cells').groups).toEqual(['B+', 'B-', 'O+', 'O-']);
    expect(compatibleDonorGroups({ group: 'AB+' }, 'plasma').groups).toEqual(['AB+', 'AB-']);
  });

  it('keeps a Bombay recipient to Bombay donors (ABO aside, RhD kept)', () => {
    expect(compatibleDonorGroups({ group: 'O-', phenotype: 'bombay_oh' }, 'red_cells')).toEqual({
      groups: expect.arrayContaining(['O-', 'A-', 'B-', 'AB-']),
      phenotype: 'bombay_oh',
    });
    expect(compatibleDonorGroups({ group: 'O-', phenotype: 'bombay_oh' }, 'red_cells').groups).toHaveLength(4);
  });
});
