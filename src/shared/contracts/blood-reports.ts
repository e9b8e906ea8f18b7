// Blood and plasma figures made from records (issue #12): units by product and by donor category, per organisation
// and period, with a monthly series; and an organisation's blood policy, as read and changed on its settings page.
import { z } from 'zod';
import { contestedDeferralClauses, donorCategories, donorProducts } from '../enums.js';
import { districtCode, uuid } from './common.js';
import { isoDay } from './donor-input.js';

/** Which donations to count: an organisation (or all the reader reaches), a district, and a period of Kolkata days. */
export const bloodFiguresQuery = z.strictObject({
  organisationId: uuid.optional(),
  district: districtCode.optional(),
  /** The first day counted; none: from the first donation on record. */
  from: isoDay.optional(),
  /** The last day counted; none: today (Kolkata). */
  to: isoDay.optional(),
  /** `csv`: the same figures as a spreadsheet (text/csv), one row per figure. */
  format: z.enum(['json', 'csv']).optional(),
});
export type BloodFiguresQuery = z.infer<typeof bloodFiguresQuery>;

const count = z.number().int().min(0);

/** Units per product a donor gives (whole blood, platelets, plasma). */
export const unitsByProduct = z.object(
  Object.fromEntries(donorProducts.map((p) => [p, count])) as Record<(typeof donorProducts)[number], typeof count>,
);
export type UnitsByProduct = z.infer<typeof unitsByProduct>;

/** Counts per donor category (citizen, police, NGO volunteer, …). */
export const byDonorCategory = z.object(
  Object.fromEntries(donorCategories.map((c) => [c, count])) as Record<(typeof donorCategories)[number], typeof count>,
);
export type ByDonorCategory = z.infer<typeof byDonorCategory>;

/** What a set of donations adds up to. */
export const bloodFigureTotals = z.object({
  /** Units given (a donation is usually one unit). */
  units: count,
  donations: count,
  /** Different donors who gave. */
  donors: count,
  unitsByProduct,
  unitsByCategory: byDonorCategory,
  /** Different donors per category ("from 21 citizens and 15 police personnel"). */
  donorsByCategory: byDonorCategory,
});
export type BloodFigureTotals = z.infer<typeof bloodFigureTotals>;

/**
 * Thalassemia care and camps in the same period and reach (issue #14): camps held, children served, transfusions
 * met on time. The rules are in server/domain/thalassemia/report.ts.
 */
export const careFigures = z.object({
  camps: z.object({
    held: count,
    targetUnits: count,
    unitsCollected: count,
    registered: count,
    came: count,
    donated: count,
    deferred: count,
    /** The held camps, latest first. */
    list: z.array(
      z.object({
        id: uuid,
        title: z.string(),
        venue: z.string(),
        day: isoDay,
        targetUnits: count,
        registered: count,
        came: count,
        donated: count,
        deferred: count,
        unitsCollected: count,
      }),
    ),
  }),
  /** Children with a transfusion done in the period. */
  childrenServed: count,
  transfusions: z.object({
    /** Due in the period (not cancelled). */
    due: count,
    /** Done on or before the due day plus `graceDays`. */
    onTime: count,
    late: count,
    missed: count,
    /** Still open after the grace: not met. */
    overdue: count,
    /** Still open within the grace: not decided yet. */
    pending: count,
    /** On time of those decided, in whole per cent; null when none is decided. */
    onTimePercent: z.number().int().min(0).max(100).nullable(),
    graceDays: count,
  }),
});
export type CareFigures = z.infer<typeof careFigures>;

export const bloodFigures = z.object({
  /** The period counted, as asked (from null: since the first donation on record). */
  period: z.object({ from: isoDay.nullable(), to: isoDay }),
  organisationId: uuid.nullable(),
  district: z.string().nullable(),
  totals: bloodFigureTotals,
  /** Per organisation, largest first: only organisations with donations in the period. */
  organisations: z.array(bloodFigureTotals.extend({ id: uuid, name: z.string() })),
  /** Month by month ('YYYY-MM'), no month left out between the first and the last. */
  monthly: z.array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), units: count, unitsByProduct })),
  /** Camps, children on regular transfusion and their transfusions, in the same period and reach. */
  care: careFigures,
  /** What the reader may pick: the organisations they reach and, in each, their districts. */
  choices: z.array(z.object({ id: uuid, name: z.string(), districts: z.array(z.string()) })),
});
export type BloodFigures = z.infer<typeof bloodFigures>;

// The same bounds as the domain's blood policy (server/domain/blood/blood-policy.ts).
const minutes = z.number().int().min(1).max(1440);
const hour = z.number().int().min(0).max(23);

/** An organisation's blood policy: how outreach asks donors, and the rules only a policy switches on. */
export const bloodPolicyView = z.object({
  asksPerUnit: z.number().int(),
  widenAfterMinutes: z.object({ critical: z.number().int(), high: z.number().int(), normal: z.number().int() }),
  radiusKm: z.object({ start: z.number(), step: z.number(), max: z.number() }),
  maxAsksPer30Days: z.number().int(),
  quietHours: z.object({ from: z.number().int(), to: z.number().int() }),
  unverifiedOnlyWhenNoVerified: z.boolean(),
  contestedClauses: z.array(z.enum(contestedDeferralClauses)),
  convalescentPlasma: z.boolean(),
  /** When it was last changed; null while the organisation uses the defaults. */
  updatedAt: z.string().nullable(),
  can: z.object({ update: z.boolean() }),
});
export type BloodPolicyView = z.infer<typeof bloodPolicyView>;

/** A change to the policy: any part may be left out (it stays as it is). */
export const updateBloodPolicyBody = z.strictObject({
  asksPerUnit: z.number().int().min(1).max(20).optional(),
  widenAfterMinutes: z.strictObject({ critical: minutes, high: minutes, normal: minutes }).partial().optional(),
  radiusKm: z
    .strictObject({
      start: z.number().min(1).max(200),
      step: z.number().min(1).max(200),
      max: z.number().min(1).max(1000),
    })
    .partial()
    .optional(),
  maxAsksPer30Days: z.number().int().min(1).max(30).optional(),
  quietHours: z.strictObject({ from: hour, to: hour }).partial().optional(),
  unverifiedOnlyWhenNoVerified: z.boolean().optional(),
  contestedClauses: z
    .array(z.enum(contestedDeferralClauses))
    .max(contestedDeferralClauses.length)
    .refine((clauses) => new Set(clauses).size === clauses.length, 'invalid')
    .optional(),
  convalescentPlasma: z.boolean().optional(),
});
export type UpdateBloodPolicyBody = z.infer<typeof updateBloodPolicyBody>;
