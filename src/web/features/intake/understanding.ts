import { z } from 'zod';
import { bloodGroups, resourceCodes, type BloodGroup, type ResourceCode } from '../../../shared/enums.js';
import { emptyNeed, needsBloodGroup, type NeedDraft } from '../cases/need-draft';

const isResource = (value: string): value is ResourceCode => (resourceCodes as readonly string[]).includes(value);
const isBloodGroup = (value: string): value is BloodGroup => (bloodGroups as readonly string[]).includes(value);
const nullableString = z
  .string()
  .nullish()
  .transform((value) => value ?? null);
const nullableNumber = z
  .number()
  .nullish()
  .transform((value) => value ?? null);

/**
 * What POST /understand says about a free text (see issue 4). Read leniently: the form only pre-fills, so a
 * field the engine adds later, or a code the form doesn't know, must not stop the operator's work.
 */
export const understandingView = z.object({
  kind: z.string().nullish(),
  resources: z
    .array(z.string())
    .nullish()
    .transform((values) => (values ?? []).filter(isResource)),
  medicines: z
    .array(z.string())
    .nullish()
    .transform((values) => values ?? []),
  bloodGroups: z
    .array(z.string())
    .nullish()
    .transform((values) => (values ?? []).filter(isBloodGroup)),
  spo2: nullableNumber,
  age: nullableNumber,
  location: z
    .object({ city: nullableString, district: nullableString, state: nullableString, pincode: nullableString })
    .nullish()
    .transform((value) => value ?? { city: null, district: null, state: null, pincode: null }),
  phones: z
    .array(z.string())
    .nullish()
    .transform((values) => values ?? []),
  hospital: nullableString,
  language: z.string().nullish(),
});
export type UnderstandingView = z.output<typeof understandingView>;

export interface IntakePrefill {
  needs: NeedDraft[];
  spo2: string | null;
  age: string | null;
  phones: string[];
  pincode: string | null;
  hospital: string | null;
  place: UnderstandingView['location'];
}

/** A need per resource named, each blood need with the first blood group named, each medicine as its own need. */
function needsFrom(understanding: UnderstandingView): NeedDraft[] {
  const [bloodGroup = ''] = understanding.bloodGroups;
  const needs: NeedDraft[] = [];
  for (const resource of understanding.resources) {
    if (resource === 'medicine' && understanding.medicines.length > 0) continue;
    needs.push({ ...emptyNeed(resource), bloodGroup: needsBloodGroup(resource) ? bloodGroup : '' });
  }
  for (const medicine of understanding.medicines) needs.push({ ...emptyNeed('medicine'), medicine });
  // A blood group with no kind of blood product named is a plea for blood.
  if (bloodGroup !== '' && !needs.some((need) => needsBloodGroup(need.resource))) {
    needs.push({ ...emptyNeed('blood'), bloodGroup });
  }
  return needs.slice(0, 10);
}

export function prefillFrom(understanding: UnderstandingView): IntakePrefill {
  const inRange = (value: number | null, min: number, max: number) =>
    value !== null && Number.isInteger(value) && value >= min && value <= max ? String(value) : null;
  return {
    needs: needsFrom(understanding),
    spo2: inRange(understanding.spo2, 30, 100),
    age: inRange(understanding.age, 0, 120),
    phones: [...new Set(understanding.phones)].slice(0, 5),
    pincode: understanding.location.pincode,
    hospital: understanding.hospital,
    place: understanding.location,
  };
}
