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

/** What a plea needs; `oxygen` and `bed` when the kind is not known yet. Shared with the understanding engine. */
export const resourceCodes = [
  'oxygen_cylinder',
  'oxygen_concentrator',
  'oxygen_refill',
  'oxygen',
  'bed',
  'bed_oxygen',
  'bed_icu',
  'bed_ventilator',
  'blood',
  'plasma',
  'platelets',
  'medicine',
  'ambulance',
  'food',
  'test',
  'doctor',
  'other',
] as const;
export type ResourceCode = (typeof resourceCodes)[number];

export const bloodGroups = ['A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-'] as const;
export type BloodGroup = (typeof bloodGroups)[number];

export const channels = ['web', 'phone', 'whatsapp', 'sms', 'twitter', 'facebook', 'api'] as const;
export type Channel = (typeof channels)[number];
