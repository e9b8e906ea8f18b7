import { z } from 'zod';
import { bloodGroups, caseStatuses, languages, patientConditions, resourceCodes } from '../enums.js';
import { districtCode, personName, phone } from './common.js';

/** The citizen's "ask for help" form. `website` is a honeypot: people never see it, bots fill it. */
export const publicRequestBody = z.strictObject({
  name: personName,
  phone,
  patientName: personName.nullable().optional(),
  age: z.number().int().min(0).max(120).nullable().optional(),
  spo2: z.number().int().min(30).max(100).nullable().optional(),
  conditions: z.array(z.enum(patientConditions)).max(4).default([]),
  needs: z
    .array(
      z.strictObject({
        resource: z.enum(resourceCodes),
        quantity: z.number().int().min(1).max(100).default(1),
        bloodGroup: z.enum(bloodGroups).nullable().optional(),
        medicine: z.string().trim().max(120).nullable().optional(),
      }),
    )
    .min(1)
    .max(5),
  district: districtCode,
  locality: z.string().trim().max(160).nullable().optional(),
  hospital: z.string().trim().max(200).nullable().optional(),
  details: z.string().trim().max(2000).nullable().optional(),
  language: z.enum(languages).default('hi'),
  consent: z.literal(true),
  website: z.string().max(200).optional(),
  /** Proof-of-work solution (base64), required only when the server asks for it (code `challenge_required`). */
  altcha: z.string().max(4000).optional(),
});
export type PublicRequestBody = z.input<typeof publicRequestBody>;

export const publicRequestCreated = z.object({
  reference: z.string(),
  /** True when this joined a request the same phone made recently. */
  attached: z.boolean(),
});

export const publicStatusQuery = z.strictObject({ phoneLast4: z.string().regex(/^[0-9]{4}$/) });

/** Everything the public may see of a request: its state and its times, nothing about anyone. */
export const publicStatusView = z.object({
  reference: z.string(),
  status: z.enum(caseStatuses),
  requestedAt: z.string(),
  /** Minutes since the request, or how long it took when fulfilled or closed. */
  minutes: z.number().int(),
  fulfilledAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export type PublicStatusView = z.infer<typeof publicStatusView>;

export const altchaChallenge = z.object({
  algorithm: z.string(),
  challenge: z.string(),
  maxnumber: z.number().optional(),
  salt: z.string(),
  signature: z.string(),
});
