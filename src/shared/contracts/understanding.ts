import { z } from 'zod';
import { bloodGroups, resourceCodes } from '../enums.js';

/** The longest text `POST /understand` reads (characters; about 10 KB of English). */
export const understandTextMaxLength = 10_000;

export const understandingKinds = ['request', 'offer', 'other'] as const;
export type UnderstandingKind = (typeof understandingKinds)[number];

export const understandingLanguages = ['en', 'hi', 'mixed'] as const;
export type UnderstandingLanguage = (typeof understandingLanguages)[number];

/** Resource codes the engine emits: every resource code but `other`. */
export const understoodResourceCodes = resourceCodes.filter(
  (c): c is Exclude<(typeof resourceCodes)[number], 'other'> => c !== 'other',
);

/** What the understanding engine read in a free-text plea; `null` or `[]` where the text says nothing. */
export const understanding = z.object({
  kind: z.enum(understandingKinds),
  resources: z.array(z.enum(resourceCodes).exclude(['other'])),
  /** Lower-case generic names (Fabiflu → favipiravir). */
  medicines: z.array(z.string()),
  bloodGroups: z.array(z.enum(bloodGroups)),
  /** The patient's lowest stated oxygen saturation, in percent. */
  spo2: z.number().int().min(0).max(100).nullable(),
  age: z.number().int().min(0).max(130).nullable(),
  location: z.object({
    /** Canonical English name (Mumbai, Bengaluru, Prayagraj). */
    city: z.string().nullable(),
    /** District name as in the geography reference data. */
    district: z.string().nullable(),
    /** State or union territory name as in the geography reference data. */
    state: z.string().nullable(),
    pincode: z
      .string()
      .regex(/^\d{6}$/)
      .nullable(),
  }),
  /** E.164, e.g. +919839012345. */
  phones: z.array(z.string().regex(/^\+91\d{10,12}$/)),
  hospital: z.string().nullable(),
  language: z.enum(understandingLanguages),
  /** A word saying the plea cannot wait ("urgent", "jaldi", "तुरंत"), as written; triage raises such a plea. */
  urgency: z.string().nullable(),
});
export type Understanding = z.infer<typeof understanding>;

export const understandBody = z.strictObject({
  text: z.string().min(1).max(understandTextMaxLength),
});
export type UnderstandBody = z.infer<typeof understandBody>;
