// Closed sets shared by database, API and UI. Values are stored as text, so never rename one in place.

export const roles = ['admin', 'coordinator', 'operator', 'volunteer', 'viewer'] as const;
export type Role = (typeof roles)[number];

export const organisationKinds = [
  'police',
  'district_administration',
  'ngo',
  'volunteer_group',
  'party_volunteer_wing',
  'hospital',
  'blood_bank',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const languages = ['hi', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'hi';

export const auditActions = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_in_locked',
  'auth.sign_out',
  'auth.password_changed',
  'user.created',
  'user.updated',
  'membership.added',
  'membership.removed',
  'organisation.created',
  'organisation.updated',
] as const;
export type AuditAction = (typeof auditActions)[number];
