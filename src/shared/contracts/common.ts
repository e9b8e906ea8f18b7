import { z } from 'zod';
import { languages } from '../enums.js';
import { passwordProblem } from '../password-policy.js';
import { toE164 } from '../phone.js';

export const uuid = z.uuid();
export const language = z.enum(languages);

/** A phone number in any common Indian form, normalised to E.164 on the way in. */
export const phone = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .transform((value, ctx) => {
    const e164 = toE164(value);
    if (!e164) {
      ctx.addIssue({ code: 'custom', message: 'invalid_phone' });
      return z.NEVER;
    }
    return e164;
  });

export const personName = z.string().trim().min(1).max(120);

const dayMs = 24 * 3_600_000;

/**
 * A moment a person says something happened (a call taken, a message received): it starts their clock, so it
 * must be a real recent moment — not in the future (beyond clock skew) and not older than 30 days.
 */
export const pastMoment = z.iso.datetime({ offset: true }).refine(
  (value) => {
    const t = Date.parse(value);
    return t <= Date.now() + 5 * 60_000 && t >= Date.now() - 30 * dayMs;
  },
  { message: 'time_out_of_range' },
);

/** A calendar day near today (a scheduled transfusion): within a year either side. */
export const nearDate = z.iso
  .date()
  .refine((value) => Math.abs(Date.parse(`${value}T00:00:00Z`) - Date.now()) <= 366 * dayMs, {
    message: 'date_out_of_range',
  });
export const email = z
  .email()
  .max(254)
  .transform((v) => v.toLowerCase());
export const districtCode = z.string().regex(/^[A-Z0-9-]{2,16}$/);

/**
 * Password policy: long enough to resist guessing, and not a known or trivial one; no composition rules
 * (NIST SP 800-63B). Whether it contains the person's own number is checked where the number is known.
 */
export const newPassword = z
  .string()
  .min(10)
  .max(200)
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `password_${problem}` });
  });

export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.string(),
  instance: z.string().optional(),
  requestId: z.string().optional(),
  errors: z
    .array(
      z.object({
        field: z.string(),
        code: z.string(),
        message: z.string(),
        /** The bound crossed, for too_small / too_big: lets a client word it its own way ("this is required"). */
        minimum: z.number().optional(),
        maximum: z.number().optional(),
      }),
    )
    .optional(),
});
export type Problem = z.infer<typeof problem>;

export const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  q: z.string().trim().max(100).optional(),
});
