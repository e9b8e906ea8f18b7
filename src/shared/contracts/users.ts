import { z } from 'zod';
import { roles } from '../enums.js';
import { membershipView } from './auth.js';
import { districtCode, email, language, newPassword, personName, phone, uuid } from './common.js';

export const userView = z.object({
  id: uuid,
  name: z.string(),
  phone: z.string(),
  email: z.string().nullable(),
  preferredLanguage: language,
  isActive: z.boolean(),
  createdAt: z.string(),
  memberships: z.array(membershipView.extend({ can: z.object({ remove: z.boolean() }) })),
  /** Failed sign-ins on the account lately, and the lock they caused: someone may be trying to get in, or keep them out. */
  signIn: z.object({ recentFailures: z.number().int(), lockedUntil: z.string().nullable() }),
  can: z.object({ update: z.boolean(), addMembership: z.boolean() }),
});
export type UserView = z.infer<typeof userView>;

export const membershipInput = z.strictObject({
  role: z.enum(roles),
  organisationId: uuid.nullable(),
  districts: z.array(districtCode).max(1000).default([]),
});
export type MembershipInput = z.infer<typeof membershipInput>;

export const createUserBody = z.strictObject({
  name: personName,
  phone,
  email: email.nullable().optional(),
  preferredLanguage: language.default('hi'),
  password: newPassword,
  membership: membershipInput,
});
export type CreateUserBody = z.input<typeof createUserBody>;

export const updateUserBody = z.strictObject({
  name: personName.optional(),
  email: email.nullable().optional(),
  preferredLanguage: language.optional(),
  isActive: z.boolean().optional(),
});
export type UpdateUserBody = z.infer<typeof updateUserBody>;

export const userList = z.object({ items: z.array(userView), total: z.number().int() });
