import { z } from 'zod';
import { understandingConfidentAt } from '../../../shared/contracts/understanding.js';
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
  /** How sure the engine is of each field (0–1); absent from engines before issue 15: then everything is filled. */
  confidence: z
    .object({
      kind: nullableNumber,
      resources: nullableNumber,
      medicines: nullableNumber,
      bloodGroups: nullableNumber,
      spo2: nullableNumber,
      age: nullableNumber,
      location: nullableNumber,
      phones: nullableNumber,
    })
    .partial()
    .nullish()
    .transform((value) => value ?? null),
  /** The words behind the kind and each resource, to show the operator why. */
  explanation: z
    .object({
      kind: z.array(z.string()).nullish(),
      resources: z.array(z.object({ resource: z.string(), words: z.array(z.string()) })).nullish(),
    })
    .nullish()
    .transform((value) => ({ kind: value?.kind ?? [], resources: value?.resources ?? [] })),
});
export type UnderstandingView = z.output<typeof understandingView>;

/** The parts of the form the engine fills, each with the confidence it comes with. */
export const prefillParts = ['needs', 'spo2', 'age', 'phones', 'place'] as const;
export type PrefillPart = (typeof prefillParts)[number];

export interface IntakePrefill {
  needs: NeedDraft[];
  spo2: string | null;
  age: string | null;
  phones: string[];
  pincode: string | null;
  hospital: string | null;
  place: UnderstandingView['location'];
}

/** The prefill and how it came about: what was read, how surely, what was left for the operator. */
export interface UnderstoodPrefill extends IntakePrefill {
  /** Parts the engine read something for, with its confidence (null: the engine gave none). */
  read: Array<{ part: PrefillPart; confidence: number | null }>;
  /** Parts it read but was too unsure of to fill: left for the operator. */
  unsure: PrefillPart[];
}

/** Whether a part read with this confidence is filled in (an engine giving none is trusted as before). */
function sureEnough(confidence: number | null | undefined): boolean {
  return confidence === null || confidence === undefined || confidence >= understandingConfidentAt;
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

export function prefillFrom(understanding: UnderstandingView): UnderstoodPrefill {
  const inRange = (value: number | null, min: number, max: number) =>
    value !== null && Number.isInteger(value) && value >= min && value <= max ? String(value) : null;
  const c = understanding.confidence ?? {};
  // Needs stand on the resources and medicines read, and on the kind that keeps them.
  const needsConfidence = Math.min(c.resources ?? 1, understanding.medicines.length ? (c.medicines ?? 1) : 1);
  const read: UnderstoodPrefill['read'] = [];
  const unsure: PrefillPart[] = [];
  /** The value if the engine is sure enough of it; noted either way. */
  const take = <T>(part: PrefillPart, value: T, empty: T, found: boolean, confidence: number | null | undefined) => {
    if (!found) return empty;
    read.push({ part, confidence: confidence ?? null });
    if (sureEnough(confidence)) return value;
    unsure.push(part);
    return empty;
  };
  const needs = needsFrom(understanding);
  const spo2 = inRange(understanding.spo2, 30, 100);
  const age = inRange(understanding.age, 0, 120);
  const phones = [...new Set(understanding.phones)].slice(0, 5);
  const place = understanding.location;
  const noPlace = { city: null, district: null, state: null, pincode: null };
  const placeFound = place.city !== null || place.district !== null || place.state !== null || place.pincode !== null;
  // In the order of the form.
  const keptNeeds = take('needs', needs, [], needs.length > 0, c.resources === undefined ? null : needsConfidence);
  const keptSpo2 = take('spo2', spo2, null, spo2 !== null, c.spo2);
  const keptAge = take('age', age, null, age !== null, c.age);
  const keptPhones = take('phones', phones, [], phones.length > 0, c.phones);
  const keptPlace = take('place', place, noPlace, placeFound, c.location);
  return {
    needs: keptNeeds,
    spo2: keptSpo2,
    age: keptAge,
    phones: keptPhones,
    pincode: keptPlace.pincode,
    hospital: understanding.hospital,
    place: keptPlace,
    read,
    unsure,
  };
}
