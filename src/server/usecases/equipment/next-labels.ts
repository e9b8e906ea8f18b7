// The sticker names of items received without one: "<district>-<kind>-<number>" ("KNP-B-014"), numbered on from the
// highest of the organisation's labels with that prefix. Called under the organisation's label lock
// (receive-items.ts), so two deliveries at once never hand out one number twice.
import { and, eq, like } from 'drizzle-orm';
import type { CylinderType, ItemKind } from '../../../shared/enums.js';
import type { DbOrTx } from '../../db/client.js';
import { equipmentItems } from '../../db/schema/index.js';

const kindCodes: Record<Exclude<ItemKind, 'cylinder'>, string> = {
  concentrator: 'OC',
  regulator: 'R',
  flowmeter: 'F',
  mask: 'M',
  cannula: 'C',
  oximeter: 'OX',
};
const cylinderCodes: Record<CylinderType, string> = { B: 'B', B_small: 'BS', D: 'D', other: 'X' };

/** Three letters for a district: its first letter and the next consonants ("Kanpur Nagar" → "KNP", "Unnao" → "UNN"). */
export function districtPrefix(districtName: string): string {
  const letters = districtName.toUpperCase().replace(/[^A-Z]/g, '');
  if (letters.length === 0) return 'DEP';
  const consonants = letters.slice(1).replace(/[AEIOU]/g, '');
  return (letters[0] + consonants + letters.slice(1)).slice(0, 3).padEnd(3, 'X');
}

export function labelPrefix(districtName: string, kind: ItemKind, cylinderType: CylinderType | null): string {
  const code = kind === 'cylinder' ? cylinderCodes[cylinderType ?? 'other'] : kindCodes[kind];
  return `${districtPrefix(districtName)}-${code}-`;
}

/** Hands out the next numbers for each prefix asked (in order), skipping labels already taken. */
export function labelAllocator(db: DbOrTx, organisationId: string) {
  const next = new Map<string, number>();
  return async (prefix: string, taken: ReadonlySet<string>): Promise<string> => {
    let n = next.get(prefix);
    if (n === undefined) {
      const rows = await db
        .select({ label: equipmentItems.label })
        .from(equipmentItems)
        .where(and(eq(equipmentItems.organisationId, organisationId), like(equipmentItems.label, `${prefix}%`)));
      n = rows.reduce((max, r) => {
        const number = Number.parseInt(r.label.slice(prefix.length), 10);
        return Number.isFinite(number) && number > max ? number : max;
      }, 0);
    }
    let label: string;
    do {
      n += 1;
      label = `${prefix}${String(n).padStart(3, '0')}`;
    } while (taken.has(label));
    next.set(prefix, n);
    return label;
  };
}
