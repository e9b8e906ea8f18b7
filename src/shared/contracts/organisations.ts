import { z } from 'zod';
import { organisationKinds } from '../enums.js';
import { districtCode, uuid } from './common.js';

export const organisationView = z.object({
  id: uuid,
  name: z.string(),
  kind: z.enum(organisationKinds),
  districts: z.array(z.object({ code: z.string(), name: z.string(), nameHi: z.string() })),
  memberCount: z.number().int(),
  createdAt: z.string(),
  can: z.object({ update: z.boolean(), addMembers: z.boolean() }),
});
export type OrganisationView = z.infer<typeof organisationView>;

export const createOrganisationBody = z.strictObject({
  name: z.string().trim().min(2).max(160),
  kind: z.enum(organisationKinds),
  districts: z.array(districtCode).min(1).max(1000),
});
export type CreateOrganisationBody = z.infer<typeof createOrganisationBody>;

export const updateOrganisationBody = createOrganisationBody.partial();
export type UpdateOrganisationBody = z.infer<typeof updateOrganisationBody>;

export const organisationList = z.object({ items: z.array(organisationView) });

// The same bounds as the domain's desk policy: a first response within a week, help within a month.
const targetInput = z.strictObject({
  firstResponseMinutes: z.number().int().min(1).max(10_080),
  fulfilMinutes: z.number().int().min(1).max(43_200),
});

/** An organisation's desk policy: time targets per priority, triage thresholds, claim idle time. */
export const deskPolicyView = z.object({
  targets: z.object({ critical: targetInput, high: targetInput, normal: targetInput }),
  triage: z.object({
    criticalSpo2Below: z.number().int(),
    highSpo2Below: z.number().int(),
    criticalTransfusionHours: z.number().int(),
    highTransfusionHours: z.number().int(),
    elderlyAge: z.number().int(),
  }),
  claimIdleMinutes: z.number().int(),
  nearTargetShare: z.number(),
  can: z.object({ update: z.boolean() }),
});
export type DeskPolicyView = z.infer<typeof deskPolicyView>;

export const updateDeskPolicyBody = z.strictObject({
  targets: z.strictObject({ critical: targetInput, high: targetInput, normal: targetInput }).partial().optional(),
  triage: z
    .strictObject({
      criticalSpo2Below: z.number().int().min(50).max(100),
      highSpo2Below: z.number().int().min(50).max(100),
      criticalTransfusionHours: z.number().int().min(0).max(720),
      highTransfusionHours: z.number().int().min(0).max(720),
      elderlyAge: z.number().int().min(40).max(100),
    })
    .partial()
    .optional(),
  claimIdleMinutes: z.number().int().min(5).max(1440).optional(),
  nearTargetShare: z.number().min(0.1).max(0.99).optional(),
});
export type UpdateDeskPolicyBody = z.infer<typeof updateDeskPolicyBody>;
