import { z } from 'zod';
import { roles } from '../enums.js';
import { language, newPassword, uuid } from './common.js';

export const signInBody = z.strictObject({
  identifier: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
  /** The one-time code sent to the account's phone; lets the person in while their sign-in is locked. */
  code: z
    .string()
    .trim()
    .regex(/^[0-9]{6}$/)
    .optional(),
});
export type SignInBody = z.infer<typeof signInBody>;

/** Asks for a one-time code for a locked sign-in; answered the same whether or not the account exists. */
export const signInCodeBody = z.strictObject({
  identifier: z.string().trim().min(1).max(254),
});
export type SignInCodeBody = z.infer<typeof signInCodeBody>;
export const signInCodeAccepted = z.object({ accepted: z.literal(true) });

export const navItems = [
  'home',
  'desk',
  'new_case',
  'flagged_phones',
  'callbacks',
  'leads',
  'donors',
  'camps',
  'blood_figures',
  'thalassemia',
  'lending',
  'lending_figures',
  'channels',
  'simulator',
  'organisations',
  'people',
  'audit',
  'jobs',
  'account',
] as const;
export type NavItem = (typeof navItems)[number];

export const membershipView = z.object({
  id: uuid,
  role: z.enum(roles),
  organisationId: uuid.nullable(),
  organisationName: z.string().nullable(),
  districts: z.array(z.string()),
});
export type MembershipView = z.infer<typeof membershipView>;

export const sessionView = z.object({
  user: z.object({
    id: uuid,
    name: z.string(),
    phone: z.string(),
    email: z.string().nullable(),
    preferredLanguage: language,
  }),
  memberships: z.array(membershipView),
  nav: z.array(z.enum(navItems)),
  csrfToken: z.string(),
});
export type SessionView = z.infer<typeof sessionView>;

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword,
});
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;

export const updateMeBody = z.strictObject({
  preferredLanguage: language,
});
export type UpdateMeBody = z.infer<typeof updateMeBody>;
