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

export const caseStatuses = ['new', 'verifying', 'verified', 'matched', 'fulfilling', 'fulfilled', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];
export const openCaseStatuses: readonly CaseStatus[] = ['new', 'verifying', 'verified', 'matched', 'fulfilling'];

export const closeReasons = [
  'duplicate',
  'unreachable',
  'fraud',
  'no_longer_needed',
  'referred_elsewhere',
  'patient_died',
  'cannot_fulfil',
  'fulfilled_by_others',
] as const;
export type CloseReason = (typeof closeReasons)[number];

export const priorities = ['critical', 'high', 'normal'] as const;
export type Priority = (typeof priorities)[number];

export const patientConditions = ['covid_positive', 'home_isolation', 'thalassemia', 'pregnant'] as const;
export type PatientCondition = (typeof patientConditions)[number];

export const sexes = ['female', 'male', 'other'] as const;
export type Sex = (typeof sexes)[number];

export const callOutcomes = ['reached', 'no_answer', 'wrong_number'] as const;
export type CallOutcome = (typeof callOutcomes)[number];

export const fulfilmentStatuses = ['none', 'partial', 'complete'] as const;
export type FulfilmentStatus = (typeof fulfilmentStatuses)[number];

export const caseEventTypes = [
  'created',
  'message_attached',
  'status_changed',
  'claimed',
  'assigned',
  'note_added',
  'field_edited',
  'contact_revealed',
  'call_logged',
  'priority_overridden',
  'quantity_recorded',
  'merged',
  'split',
  'escalated',
  'message_resent',
] as const;
export type CaseEventType = (typeof caseEventTypes)[number];

/** Who carries a channel's messages. SMS comes through Twilio or Exotel; Exotel also reports missed calls. */
export const providers = ['whatsapp', 'facebook', 'twilio', 'exotel', 'twitter'] as const;
export type Provider = (typeof providers)[number];

export const inboxStates = ['pending', 'done', 'ignored', 'failed'] as const;
export type InboxState = (typeof inboxStates)[number];

/** An outbound message's life: scheduled → pending → sending → sent → delivered → read, or held/refused. */
export const outboundStates = [
  'scheduled',
  'pending',
  'sending',
  'sent',
  'delivered',
  'read',
  'failed',
  'denied',
  'muted',
  'duplicate',
] as const;
export type OutboundState = (typeof outboundStates)[number];

export const outboundPurposes = ['reply', 'case_update', 'escalation', 'sign_in_code'] as const;
export type OutboundPurpose = (typeof outboundPurposes)[number];

export const callbackStatuses = ['open', 'calling', 'done'] as const;
export type CallbackStatus = (typeof callbackStatuses)[number];
export const callbackOutcomes = ['reached', 'no_answer', 'wrong_number'] as const;
export type CallbackOutcome = (typeof callbackOutcomes)[number];

export const leadKinds = ['offer', 'donor', 'volunteer', 'plea'] as const;
export type LeadKind = (typeof leadKinds)[number];
export const leadStatuses = ['unverified', 'verified', 'rejected'] as const;
export type LeadStatus = (typeof leadStatuses)[number];
