// What registering a blood donor takes, whichever way they come in: the public /donate page, the WhatsApp/SMS
// conversation, an operator's form, a CSV row, a lead turned into a donor. One shape, checked in one place.
import { z } from 'zod';
import type { channels } from '../enums.js';
import {
  aboRhGroups,
  antigenStates,
  contestedDeferralClauses,
  donorCategories,
  donorProducts,
  eventDeferralKinds,
  languages,
  rarePhenotypes,
  rhKellAntigens,
  sexes,
  weightBands,
} from '../enums.js';
import { districtCode, personName, phone } from './common.js';

/**
 * A calendar day, YYYY-MM-DD, that exists (no 30 February), between 1900 and 2100: the rules add days and years to
 * these, and a year like 9999 is a typing slip, not a date anyone means.
 */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((day) => {
    const parsed = new Date(`${day}T00:00:00Z`);
    return (
      !Number.isNaN(parsed.getTime()) &&
      parsed.toISOString().slice(0, 10) === day &&
      day >= '1900-01-01' &&
      day <= '2100-12-31'
    );
  }, 'not_a_date');

/** Minutes after midnight, Kolkata. */
const minuteOfDay = z.number().int().min(0).max(1439);

export const donorInput = z.strictObject({
  phone,
  name: personName,
  sex: z.enum(sexes),
  dateOfBirth: isoDay,
  weightBand: z.enum(weightBands),
  weightKg: z.number().int().min(30).max(250).nullable().optional(),
  /** Null: the donor does not know their group (matched only once a blood centre confirms it). */
  bloodGroup: z.enum(aboRhGroups).nullable(),
  phenotype: z.enum(rarePhenotypes).nullable().optional(),
  antigens: z.partialRecord(z.enum(rhKellAntigens), z.enum(antigenStates)).optional(),
  phenotypeNotes: z.string().trim().max(500).nullable().optional(),
  district: districtCode,
  locality: z.string().trim().max(160).nullable().optional(),
  pincode: z
    .string()
    .regex(/^[1-9][0-9]{5}$/)
    .nullable()
    .optional(),
  products: z.array(z.enum(donorProducts)).min(1).max(3).default(['whole_blood']),
  contactFrom: minuteOfDay.default(420),
  contactTo: minuteOfDay.default(1320),
  category: z.enum(donorCategories).default('citizen'),
  language: z.enum(languages).default('hi'),
  preferredChannel: z
    .enum(['whatsapp', 'sms'] as const satisfies readonly (typeof channels)[number][])
    .default('whatsapp'),
  firstTimeDonor: z.boolean().default(false),
  /** The last whole-blood donation the donor remembers. */
  lastDonation: isoDay.nullable().optional(),
  deferrals: z
    .array(z.strictObject({ kind: z.enum(eventDeferralKinds), date: isoDay }))
    .max(20)
    .default([]),
  pregnant: z.boolean().default(false),
  breastFeeding: z.boolean().default(false),
  breastFeedingUntil: isoDay.nullable().optional(),
  /** Asked only where the organisation's policy applies the contested 2017 clauses. */
  contestedClauses: z.array(z.enum(contestedDeferralClauses)).max(3).default([]),
  /** The purpose the donor agreed to, in their words or the form's ("to be asked for blood by <organisation>"). */
  consentPurpose: z.string().trim().min(1).max(300),
});
export type DonorInput = z.infer<typeof donorInput>;

/**
 * A registration as the registry takes it: what the forms require, except that a donor who came by WhatsApp or
 * SMS has not told us their sex, date of birth or weight yet (the verification call asks).
 */
export type DonorRegistration = Omit<DonorInput, 'sex' | 'dateOfBirth' | 'weightBand'> & {
  sex: DonorInput['sex'] | null;
  dateOfBirth: string | null;
  weightBand: DonorInput['weightBand'] | null;
};
export type DonorInputBody = z.input<typeof donorInput>;
