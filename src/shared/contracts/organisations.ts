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
