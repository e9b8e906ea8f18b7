import { z } from 'zod';
import { bloodGroups, resourceCodes } from '../enums.js';

/** The longest text `POST /understand` reads (characters; about 10 KB of English). */
export const understandTextMaxLength = 10_000;

export const understandingKinds = ['request', 'offer', 'other'] as const;
export type UnderstandingKind = (typeof understandingKinds)[number];

/** `mixed`: Hindi and English together (or Hindi in Latin letters); `mr` Marathi, `bn` Bengali, `as` Assamese,
 * `gu` Gujarati, `pa` Punjabi, `ta` Tamil (read for their common words only); `other`: a script the engine does
 * not read. */
export const understandingLanguages = ['en', 'hi', 'mixed', 'mr', 'bn', 'as', 'gu', 'pa', 'ta', 'other'] as const;
export type UnderstandingLanguage = (typeof understandingLanguages)[number];

/** Resource codes the engine emits: every resource code but `other`. */
export const understoodResourceCodes = resourceCodes.filter(
  (c): c is Exclude<(typeof resourceCodes)[number], 'other'> => c !== 'other',
);

const share = z.number().min(0).max(1);

/** How sure the engine is of each field, 0–1. A field below `understandingConfidentAt` is a guess: the
 * paste-to-prefill leaves it for the operator. An empty field the text says nothing about is sure (1). */
export const understandingConfidence = z.object({
  kind: share,
  /** The least sure of the resources named. */
  resources: share,
  medicines: share,
  bloodGroups: share,
  spo2: share,
  age: share,
  location: share,
  phones: share,
});
export type UnderstandingConfidence = z.infer<typeof understandingConfidence>;

/** The confidence from which a field is filled in for the operator. */
export const understandingConfidentAt = 0.6;

/** Why the engine read what it read: the words and features behind the kind, each resource and the place. */
export const understandingExplanation = z.object({
  kind: z.array(z.string()),
  resources: z.array(z.object({ resource: z.enum(resourceCodes).exclude(['other']), words: z.array(z.string()) })),
  location: z.array(z.string()),
});
export type UnderstandingExplanation = z.infer<typeof understandingExplanation>;

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
  /** Added in issue 15; optional so that understandings stored before it still read. */
  confidence: understandingConfidence.optional(),
  explanation: understandingExplanation.optional(),
});
export type Understanding = z.infer<typeof understanding>;

export const understandBody = z.strictObject({
  text: z.string().min(1).max(understandTextMaxLength),
});
export type UnderstandBody = z.infer<typeof understandBody>;
