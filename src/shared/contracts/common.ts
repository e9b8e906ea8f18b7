import { z } from 'zod';
import { languages } from '../enums.js';
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
export const email = z
  .email()
  .max(254)
  .transform((v) => v.toLowerCase());
export const districtCode = z.string().regex(/^[A-Z0-9-]{2,16}$/);

/** Password policy: long enough to resist guessing; no composition rules (NIST SP 800-63B). */
export const newPassword = z.string().min(10).max(200);

export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.string(),
  instance: z.string().optional(),
  requestId: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problem>;

export const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  q: z.string().trim().max(100).optional(),
});
