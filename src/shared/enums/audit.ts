// What the audit log records (`<area>.<action>`): a new module adds its own actions here.

export const auditActions = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_in_locked',
  'auth.sign_in_code_sent',
  'auth.sign_out',
  'auth.password_changed',
  'user.created',
  'user.updated',
  'membership.added',
  'membership.removed',
  'organisation.created',
  'organisation.updated',
  'phone.flagged',
  'phone.unflagged',
  'channel.created',
  'channel.updated',
  'case.contact_revealed',
  'callback.claimed',
  'lead.contact_revealed',
  'donor.contact_revealed',
  'donor.imported',
  'loan.contact_revealed',
  'transfusion_patient.contact_revealed',
  'certificate.revoked',
] as const;
export type AuditAction = (typeof auditActions)[number];
