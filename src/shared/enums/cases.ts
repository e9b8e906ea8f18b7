// A case and what it needs: statuses, priorities, needs, the patient, calls, fulfilment and the timeline.

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

export const caseStatuses = ['new', 'verifying', 'verified', 'matched', 'fulfilling', 'fulfilled', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];
/** Statuses that end a case's work (it may still be reopened). Every other status is open. */
export const closedCaseStatuses = ['fulfilled', 'closed'] as const satisfies readonly CaseStatus[];
export const openCaseStatuses: readonly CaseStatus[] = caseStatuses.filter(
  (s) => !(closedCaseStatuses as readonly CaseStatus[]).includes(s),
);

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
  // An edit (or a reading such as SpO2) re-triaged the case and moved the priority the desk works by.
  'priority_changed',
  'quantity_recorded',
  'merged',
  'split',
  'escalated',
  'message_resent',
  'referred',
  // Blood outreach (issue #12): matching donors to a need and asking them.
  'outreach_started',
  'outreach_widened',
  'outreach_stopped',
  'outreach_exhausted',
  'donor_asked',
  'donor_answered',
  'donor_matched',
  'replacement_donor_added',
  // Lending (issue #13): a device lent from the case, handed over (with the minutes since the first message),
  // returned, and an overdue loan escalated.
  'loan_lent',
  'loan_handed_over',
  'loan_returned',
  'loan_overdue',
] as const;
export type CaseEventType = (typeof caseEventTypes)[number];
