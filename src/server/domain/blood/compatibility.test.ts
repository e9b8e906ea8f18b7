import { describe, expect, it } from 'vitest';
import type { AboRhGroup, BloodProduct } from '../../../shared/enums.js';
import { compatibility, plateletRhdProtectedAgeBelow, type RecipientType } from './compatibility.js';

// The tables, written out by hand from DOMAIN.md §3 (not computed): one row per recipient, one column per donor.
// P = compatible and preferred, c = compatible but not preferred, . = not compatible.
const donors: readonly AboRhGroup[] = ['A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-'];

type Table = Record<AboRhGroup, string[]>;

/** Reads a table: its header row names the donors, each further row a recipient and its eight marks. */
function table(text: string): Table {
  const [header, ...rows] = text
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/));
  const wellFormed =
    header?.join() === donors.join() &&
    rows.length === 8 &&
    rows.every(([, ...marks]) => marks.length === 8 && marks.every((m) => ['P', 'c', '.'].includes(m)));
  if (!wellFormed) throw new Error(`malformed table:${text}`);
  return Object.fromEntries(rows.map(([recipient, ...marks]) => [recipient, marks])) as Table;
}

const redCells = table(`
        A+ A- B+ B- AB+ AB- O+ O-
  A+    P  c  .  .  .   .   c  c
  A-    .  P  .  .  .   .   .  c
  B+    .  .  P  c  .   .   c  c
  B-    .  .  .  P  .   .   .  c
  AB+   c  c  c  c  P   c   c  c
  AB-   .  c  .  c  .   P   .  c
  O+    .  .  .  .  .   .   P  c
  O-    .  .  .  .  .   .   .  P
`);

// ABO-identical; Rh as for red cells.
const wholeBlood = table(`
        A+ A- B+ B- AB+ AB- O+ O-
  A+    P  c  .  .  .   .   .  .
  A-    .  P  .  .  .   .   .  .
  B+    .  .  P  c  .   .   .  .
  B-    .  .  .  P  .   .   .  .
  AB+   .  .  .  .  P   c   .  .
  AB-   .  .  .  .  .   P   .  .
  O+    .  .  .  .  .   .   P  c
  O-    .  .  .  .  .   .   .  P
`);

// The reverse of red cells, Rh ignored: O ← O, A, B, AB; A ← A, AB; B ← B, AB; AB ← AB.
const plasma = table(`
        A+ A- B+ B- AB+ AB- O+ O-
  A+    P  P  .  .  c   c   .  .
  A-    P  P  .  .  c   c   .  .
  B+    .  .  P  P  c   c   .  .
  B-    .  .  P  P  c   c   .  .
  AB+   .  .  .  .  P   P   .  .
  AB-   .  .  .  .  P   P   .  .
  O+    c  c  c  c  c   c   P  P
  O-    c  c  c  c  c   c   P  P
`);

// A man of 40: any ABO is acceptable, ABO-identical preferred, RhD-positive platelets not preferred for RhD-negative.
const plateletsMan = table(`
        A+ A- B+ B- AB+ AB- O+ O-
  A+    P  P  c  c  c   c   c  c
  A-    c  P  c  c  c   c   c  c
  B+    c  c  P  P  c   c   c  c
  B-    c  c  c  P  c   c   c  c
  AB+   c  c  c  c  P   P   c  c
  AB-   c  c  c  c  c   P   c  c
  O+    c  c  c  c  c   c   P  P
  O-    c  c  c  c  c   c   c  P
`);

// A woman of 30: RhD-negative platelets only, when she is RhD-negative.
const plateletsWoman = table(`
        A+ A- B+ B- AB+ AB- O+ O-
  A+    P  P  c  c  c   c   c  c
  A-    .  P  .  c  .   c   .  c
  B+    c  c  P  P  c   c   c  c
  B-    .  c  .  P  .   c   .  c
  AB+   c  c  c  c  P   P   c  c
  AB-   .  c  .  c  .   P   .  c
  O+    c  c  c  c  c   c   P  P
  O-    .  c  .  c  .   c   .  P
`);

const verdictOf = (mark: string) => ({
  compatible: mark !== '.',
  preferred: mark === 'P',
});

function cases(rows: Table): [AboRhGroup, AboRhGroup, { compatible: boolean; preferred: boolean }][] {
  return Object.entries(rows).flatMap(([recipient, row]) => {
    return row.map((mark, i) => [donors[i]!, recipient as AboRhGroup, verdictOf(mark)] as const);
  }) as [AboRhGroup, AboRhGroup, { compatible: boolean; preferred: boolean }][];
}

const verdict = (donor: AboRhGroup, recipient: RecipientType, product: BloodProduct) => {
  const { compatible, preferred } = compatibility({ group: donor }, recipient, product);
  return { compatible, preferred };
};

describe('compatibility, every group with every group', () => {
  it('the tables cover 64 pairs each', () => {
    for (const table of [redCells, wholeBlood, plasma, plateletsMan, plateletsWoman])
      expect(cases(table)).toHaveLength(64);
  });

  it.each(cases(redCells))('red cells %s → %s', (donor, recipient, expected) => {
    expect(verdict(donor, { group: recipient }, 'red_cells')).toEqual(expected);
  });

  it.each(cases(wholeBlood))('whole blood %s → %s', (donor, recipient, expected) => {
    expect(verdict(donor, { group: recipient }, 'whole_blood')).toEqual(expected);
  });

  it.each(cases(plasma))('plasma %s → %s', (donor, recipient, expected) => {
    expect(verdict(donor, { group: recipient }, 'plasma')).toEqual(expected);
  });

  it.each(cases(plateletsMan))('platelets %s → %s (a man of 40)', (donor, recipient, expected) => {
    expect(verdict(donor, { group: recipient, sex: 'male', age: 40 }, 'platelets')).toEqual(expected);
  });

  it.each(cases(plateletsWoman))('platelets %s → %s (a woman of 30)', (donor, recipient, expected) => {
    expect(verdict(donor, { group: recipient, sex: 'female', age: 30 }, 'platelets')).toEqual(expected);
  });
});

describe('compatibility reasons', () => {
  it('say why', () => {
    expect(compatibility({ group: 'A+' }, { group: 'A+' }, 'red_cells')).toEqual({
      compatible: true,
      preferred: true,
      reason: 'identical',
    });
    expect(compatibility({ group: 'O-' }, { group: 'A+' }, 'red_cells').reason).toBe('abo_non_identical');
    expect(compatibility({ group: 'A-' }, { group: 'A+' }, 'red_cells').reason).toBe('rhd_non_identical');
    expect(compatibility({ group: 'B+' }, { group: 'A+' }, 'red_cells').reason).toBe('abo_incompatible');
    expect(compatibility({ group: 'A+' }, { group: 'A-' }, 'red_cells').reason).toBe('rhd_incompatible');
    expect(compatibility({ group: 'O+' }, { group: 'A+' }, 'whole_blood').reason).toBe('abo_incompatible');
    expect(compatibility({ group: 'AB-' }, { group: 'O+' }, 'plasma').reason).toBe('abo_non_identical');
    expect(compatibility({ group: 'A-' }, { group: 'A+' }, 'plasma').reason).toBe('identical');
    expect(compatibility({ group: 'A+' }, { group: 'A-', sex: 'female', age: 20 }, 'platelets').reason).toBe(
      'rhd_negative_required',
    );
    expect(compatibility({ group: 'A+' }, { group: 'A-', sex: 'male', age: 20 }, 'platelets').reason).toBe(
      'rhd_non_identical',
    );
  });
});

describe('platelets for RhD-negative girls and women of child-bearing age', () => {
  const below = plateletRhdProtectedAgeBelow;
  const positiveDonor = { group: 'O+' } as const;

  it(`holds the policy age at ${below}`, () => {
    expect(below).toBe(50);
  });

  it.each([
    [0, false],
    [12, false],
    [below - 1, false],
    [below, true],
    [70, true],
  ])('an RhD-negative woman or girl of %i: RhD-positive platelets compatible = %s', (age, allowed) => {
    expect(compatibility(positiveDonor, { group: 'O-', sex: 'female', age }, 'platelets').compatible).toBe(allowed);
  });

  it('protects when sex is other or unknown, or age unknown (the cautious reading)', () => {
    expect(compatibility(positiveDonor, { group: 'O-', sex: 'other', age: 30 }, 'platelets').compatible).toBe(false);
    expect(compatibility(positiveDonor, { group: 'O-', age: 30 }, 'platelets').compatible).toBe(false);
    expect(compatibility(positiveDonor, { group: 'O-', sex: 'female' }, 'platelets').compatible).toBe(false);
    expect(compatibility(positiveDonor, { group: 'O-', sex: 'other', age: below }, 'platelets').compatible).toBe(true);
  });

  it('never touches men, RhD-positive recipients or RhD-negative donors', () => {
    expect(compatibility(positiveDonor, { group: 'O-', sex: 'male', age: 10 }, 'platelets').compatible).toBe(true);
    expect(compatibility(positiveDonor, { group: 'O+', sex: 'female', age: 25 }, 'platelets').preferred).toBe(true);
    expect(compatibility({ group: 'A-' }, { group: 'O-', sex: 'female', age: 25 }, 'platelets')).toEqual({
      compatible: true,
      preferred: false,
      reason: 'abo_non_identical',
    });
  });
});

describe('Bombay (Oh), never substituted', () => {
  const products: BloodProduct[] = ['red_cells', 'whole_blood', 'plasma', 'platelets'];
  const bombay = (group: AboRhGroup) => ({ group, phenotype: 'bombay_oh' as const });

  it.each(products)('a Bombay recipient takes only Bombay donors (%s)', (product) => {
    for (const group of donors) {
      expect(compatibility({ group }, bombay('O+'), product)).toEqual({
        compatible: false,
        preferred: false,
        reason: 'rare_phenotype_required',
      });
    }
    expect(compatibility(bombay('O+'), bombay('O+'), product)).toEqual({
      compatible: true,
      preferred: true,
      reason: 'identical',
    });
  });

  it.each(products)("a Bombay donor's blood is kept for Bombay recipients (%s)", (product) => {
    for (const group of donors) {
      expect(compatibility(bombay('O-'), { group }, product)).toEqual({
        compatible: false,
        preferred: false,
        reason: 'rare_phenotype_reserved',
      });
    }
  });

  it('between Bombay people ABO does not apply, RhD still does', () => {
    expect(compatibility(bombay('O-'), bombay('A+'), 'red_cells').compatible).toBe(true);
    expect(compatibility(bombay('O+'), bombay('O-'), 'red_cells').reason).toBe('rhd_incompatible');
    expect(compatibility(bombay('O-'), bombay('O+'), 'red_cells')).toEqual({
      compatible: true,
      preferred: false,
      reason: 'rhd_non_identical',
    });
    expect(compatibility(bombay('O+'), bombay('O-'), 'plasma').compatible).toBe(true);
  });
});

describe('Rh and Kell antigens (thalassemia: at least C, c, E, e and K)', () => {
  const patient: RecipientType = { group: 'B+', antigens: { C: '+', c: '-', E: '-', e: '+', K: '-' } };
  const typed = { C: '+', c: '-', E: '-', e: '+', K: '-' } as const;

  it('a donor antigen-positive where the patient is negative is not compatible for red cells or whole blood', () => {
    for (const antigen of ['c', 'E', 'K'] as const) {
      const donor = { group: 'B+' as const, antigens: { ...typed, [antigen]: '+' } };
      expect(compatibility(donor, patient, 'red_cells')).toEqual({
        compatible: false,
        preferred: false,
        reason: 'antigen_mismatch',
      });
      expect(compatibility(donor, patient, 'whole_blood').reason).toBe('antigen_mismatch');
      expect(compatibility(donor, patient, 'plasma').compatible).toBe(true);
      expect(compatibility(donor, patient, 'platelets').compatible).toBe(true);
    }
  });

  it('a donor positive where the patient is positive (or not typed) is fine', () => {
    const donor = { group: 'B+' as const, antigens: { ...typed, C: '+', e: '+' } as const };
    expect(compatibility(donor, patient, 'red_cells')).toEqual({
      compatible: true,
      preferred: true,
      reason: 'identical',
    });
    expect(compatibility({ group: 'B+', antigens: { K: '+' } }, { group: 'B+' }, 'red_cells').preferred).toBe(true);
  });

  it('unknown donor antigens are compatible but not preferred', () => {
    const unknown = { compatible: true, preferred: false, reason: 'antigens_unknown' };
    expect(compatibility({ group: 'B+' }, patient, 'red_cells')).toEqual(unknown);
    expect(compatibility({ group: 'B+', antigens: { ...typed, K: 'unknown' } }, patient, 'red_cells')).toEqual(unknown);
    const { K: _, ...withoutKell } = typed;
    expect(compatibility({ group: 'B+', antigens: withoutKell }, patient, 'whole_blood')).toEqual(unknown);
  });

  it('a known mismatch wins over unknown antigens, and ABO over both', () => {
    expect(compatibility({ group: 'B+', antigens: { E: '+' } }, patient, 'red_cells').reason).toBe('antigen_mismatch');
    expect(compatibility({ group: 'A+', antigens: { E: '+' } }, patient, 'red_cells').reason).toBe('abo_incompatible');
    expect(compatibility({ group: 'O+' }, patient, 'red_cells').reason).toBe('abo_non_identical');
  });
});
