import { z } from 'zod';
import {
  bloodGroups,
  callOutcomes,
  caseEventTypes,
  caseStatuses,
  channels,
  closeReasons,
  fulfilmentStatuses,
  languages,
  patientConditions,
  priorities,
  resourceCodes,
  sexes,
} from '../enums.js';
import { districtCode, nearDate, pastMoment, personName, phone, uuid } from './common.js';

export const needInput = z.strictObject({
  resource: z.enum(resourceCodes),
  quantity: z.number().int().min(1).max(1000).default(1),
  bloodGroup: z.enum(bloodGroups).nullable().optional(),
  medicine: z.string().trim().min(1).max(120).nullable().optional(),
});
export type NeedInput = z.input<typeof needInput>;

export const needView = z.object({
  id: uuid,
  resource: z.enum(resourceCodes),
  quantityRequested: z.number().int(),
  quantityFulfilled: z.number().int(),
  bloodGroup: z.enum(bloodGroups).nullable(),
  medicine: z.string().nullable(),
  fulfilment: z.enum(fulfilmentStatuses),
});
export type NeedView = z.infer<typeof needView>;

const spo2 = z.number().int().min(30).max(100);
const age = z.number().int().min(0).max(120);
const pincode = z.string().regex(/^[1-9][0-9]{5}$/);

export const requesterInput = z.strictObject({
  name: personName.nullable().optional(),
  phones: z.array(phone).min(1).max(5),
  language: z.enum(languages).default('hi'),
  consentToShare: z.boolean(),
});

export const patientInput = z.strictObject({
  name: personName.nullable().optional(),
  age: age.nullable().optional(),
  sex: z.enum(sexes).nullable().optional(),
  conditions: z.array(z.enum(patientConditions)).max(4).default([]),
  spo2: spo2.nullable().optional(),
  /** For thalassemia rosters: the date of the scheduled transfusion. */
  transfusionDate: nearDate.nullable().optional(),
});

export const locationInput = z.strictObject({
  district: districtCode,
  locality: z.string().trim().max(160).nullable().optional(),
  address: z.string().trim().max(500).nullable().optional(),
  pincode: pincode.nullable().optional(),
  hospital: z.string().trim().max(200).nullable().optional(),
  lat: z.number().min(6).max(38).nullable().optional(),
  lon: z.number().min(68).max(98).nullable().optional(),
});

/** An operator logging a phone call (or any signed-in intake). */
export const createCaseBody = z.strictObject({
  channel: z.enum(channels).default('phone'),
  /** When the person first asked (e.g. the time of the call); defaults to now. The clock starts here. */
  receivedAt: pastMoment.optional(),
  text: z.string().trim().max(5000).nullable().optional(),
  requester: requesterInput,
  patient: patientInput.default({ conditions: [] }),
  location: locationInput,
  needs: z.array(needInput).min(1).max(10),
});
export type CreateCaseBody = z.input<typeof createCaseBody>;

export const intakeResult = z.object({
  caseId: uuid,
  reference: z.string(),
  /** True when the plea joined an open case from the same person instead of opening a new one. */
  attached: z.boolean(),
});

export const slaView = z.object({
  clockStartedAt: z.string(),
  waitingMinutes: z.number().int(),
  responseDueAt: z.string(),
  fulfilDueAt: z.string(),
  targetMinutes: z.number().int(),
  /**
   * ok: on time; near: most of the time used; overdue: past the target that applies now; met/missed once fulfilled;
   * closed: closed without being helped by us (no verdict: it was not met in time, nor missed).
   */
  state: z.enum(['ok', 'near', 'overdue', 'met', 'missed', 'closed']),
  respondedAt: z.string().nullable(),
});

export const caseSummary = z.object({
  id: uuid,
  reference: z.string(),
  status: z.enum(caseStatuses),
  closeReason: z.enum(closeReasons).nullable(),
  priority: z.enum(priorities),
  channel: z.enum(channels),
  district: z.object({ code: z.string(), name: z.string(), nameHi: z.string() }),
  requesterName: z.string().nullable(),
  patientName: z.string().nullable(),
  patientAge: z.number().nullable(),
  spo2: z.number().nullable(),
  needs: z.array(needView),
  assignee: z.object({ id: uuid, name: z.string() }).nullable(),
  messageCount: z.number().int(),
  channelsUsed: z.array(z.enum(channels)),
  sla: slaView,
  hasFlaggedPhone: z.boolean(),
  updatedAt: z.string(),
});
export type CaseSummary = z.infer<typeof caseSummary>;

export const caseQuery = z.strictObject({
  district: districtCode.optional(),
  status: z.enum([...caseStatuses, 'open']).default('open'),
  priority: z.enum(priorities).optional(),
  need: z.enum(resourceCodes).optional(),
  channel: z.enum(channels).optional(),
  assignee: z.union([z.enum(['me', 'unassigned']), uuid]).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type CaseQuery = z.input<typeof caseQuery>;
export const caseList = z.object({ items: z.array(caseSummary), total: z.number().int() });

export const caseEventView = z.object({
  id: z.string(),
  at: z.string(),
  type: z.enum(caseEventTypes),
  actor: z.object({ id: uuid, name: z.string() }).nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  note: z.string().nullable(),
});
export type CaseEventView = z.infer<typeof caseEventView>;

export const messageView = z.object({
  id: uuid,
  channel: z.enum(channels),
  receivedAt: z.string(),
  text: z.string().nullable(),
  sender: z.string().nullable(),
});

export const caseCan = z.object({
  claim: z.boolean(),
  assign: z.boolean(),
  transition: z.boolean(),
  edit: z.boolean(),
  note: z.boolean(),
  logCall: z.boolean(),
  revealContact: z.boolean(),
  overridePriority: z.boolean(),
  recordQuantity: z.boolean(),
  merge: z.boolean(),
  refer: z.boolean(),
});
export type CaseCan = z.infer<typeof caseCan>;

export const caseDetail = caseSummary.extend({
  requester: z.object({
    name: z.string().nullable(),
    /** Masked (+91 98xxx xx345) until revealed; revealing is recorded. */
    phones: z.array(z.string()),
    phonesRevealed: z.boolean(),
    /** While revealed to the caller: when the numbers are masked again (a new reveal is then recorded). */
    revealedUntil: z.string().nullable(),
    language: z.enum(languages),
    consentToShare: z.boolean(),
  }),
  patient: z.object({
    name: z.string().nullable(),
    age: z.number().nullable(),
    sex: z.enum(sexes).nullable(),
    conditions: z.array(z.enum(patientConditions)),
    spo2: z.number().nullable(),
    spo2At: z.string().nullable(),
    transfusionDate: z.string().nullable(),
  }),
  location: z.object({
    state: z.string(),
    district: z.string(),
    locality: z.string().nullable(),
    address: z.string().nullable(),
    pincode: z.string().nullable(),
    hospital: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
  }),
  priorityReasons: z.array(z.string()),
  priorityOverride: z.object({ priority: z.enum(priorities), reason: z.string() }).nullable(),
  duplicateOf: z.object({ id: uuid, reference: z.string() }).nullable(),
  flaggedPhones: z.array(z.object({ phone: z.string(), reason: z.string() })),
  /** The organisation that took the plea in (null: the public form, for every organisation serving the district). */
  organisation: z.object({ id: uuid, name: z.string() }).nullable(),
  /** Organisations it was referred to: they see and work it like its owner. */
  referredTo: z.array(z.object({ id: uuid, name: z.string() })),
  /** Messages to the requester that failed (a crash mid-send, retries used up) and were not sent again. */
  undeliveredMessages: z.number().int(),
  claimExpiresAt: z.string().nullable(),
  messages: z.array(messageView),
  events: z.array(caseEventView),
  allowedTransitions: z.array(z.enum(caseStatuses)),
  can: caseCan,
  version: z.number().int(),
});
export type CaseDetail = z.infer<typeof caseDetail>;

export const transitionBody = z.strictObject({
  to: z.enum(caseStatuses),
  /** Required to close. */
  closeReason: z.enum(closeReasons).optional(),
  /** Required when closing as a duplicate: the case this one repeats. */
  duplicateOf: uuid.optional(),
  /** Required to reopen a closed or fulfilled case; kept on the event otherwise. */
  reason: z.string().trim().min(1).max(500).optional(),
  /**
   * Fulfilling: what was delivered of each need, in the same step. A need left out counts as delivered in full
   * (it is recorded so, like any other quantity).
   */
  delivered: z
    .array(z.strictObject({ needId: uuid, quantityFulfilled: z.number().int().min(0).max(1000) }))
    .max(10)
    .optional(),
  /**
   * Matching: with whom or what — a verified lead of the case's organisation, or in words (a donor's name, a
   * hospital, a cylinder's serial) until the donor, lending and bed modules give real objects to link.
   */
  matchedWith: z
    .union([z.strictObject({ leadId: uuid }), z.strictObject({ text: z.string().trim().min(2).max(200) })])
    .optional(),
});
export type TransitionBody = z.infer<typeof transitionBody>;

// An edit sends only what changed: a field left out is kept, so nothing in it may be filled in by a default (a
// language of 'hi' or no conditions would overwrite what the case holds).
export const updateCaseBody = z.strictObject({
  requester: requesterInput
    .extend({ language: z.enum(languages) })
    .partial()
    .optional(),
  patient: patientInput
    .extend({ conditions: z.array(z.enum(patientConditions)).max(4) })
    .partial()
    .optional(),
  location: locationInput.partial().optional(),
  needs: z.array(needInput).min(1).max(10).optional(),
});
export type UpdateCaseBody = z.input<typeof updateCaseBody>;

export const noteBody = z.strictObject({ note: z.string().trim().min(1).max(2000) });
export const callBody = z.strictObject({
  outcome: z.enum(callOutcomes),
  note: z.string().trim().max(2000).optional(),
});
export const assignBody = z.strictObject({ assigneeId: uuid.nullable() });
export const priorityBody = z.strictObject({
  priority: z.enum(priorities).nullable(),
  reason: z.string().trim().min(1).max(500).optional(),
});
export const quantityBody = z.strictObject({
  needId: uuid,
  quantityFulfilled: z.number().int().min(0).max(1000),
});
export const mergeBody = z.strictObject({ intoCaseId: uuid });

/** What the intake form has so far, to show the priority a case would get, and why, before it is saved. */
export const triagePreviewBody = z.strictObject({
  district: districtCode.optional(),
  text: z.string().max(5000).optional(),
  patient: z
    .strictObject({
      age: age.nullable().optional(),
      spo2: spo2.nullable().optional(),
      conditions: z.array(z.enum(patientConditions)).max(4).default([]),
      transfusionDate: nearDate.nullable().optional(),
    })
    .default({ conditions: [] }),
  needs: z
    .array(z.strictObject({ resource: z.enum(resourceCodes) }))
    .max(10)
    .default([]),
});
export const triagePreview = z.object({
  priority: z.enum(priorities),
  reasons: z.array(z.string()),
  /** The word that made it urgent, when one did (shown with the reason). */
  urgency: z.string().nullable(),
});
/** Hands a case to another organisation serving its district, which may then see and work it too. */
export const referBody = z.strictObject({ organisationId: uuid, note: z.string().trim().min(3).max(500) });
export const referralOptions = z.object({ items: z.array(z.object({ id: uuid, name: z.string() })) });
export const splitBody = z.strictObject({ messageIds: z.array(uuid).min(1), needIds: z.array(uuid).min(1) });
export const bulkBody = z.strictObject({
  caseIds: z.array(uuid).min(1).max(100),
  action: z.enum(['assign', 'close_duplicate']),
  assigneeId: uuid.nullable().optional(),
  duplicateOf: uuid.optional(),
});
export const bulkResult = z.object({
  done: z.array(uuid),
  failed: z.array(z.object({ caseId: uuid, code: z.string(), title: z.string() })),
});

export const similarQuery = z.strictObject({
  /** A whole number: a part of one would let a reader find masked numbers by trying digits. */
  phone: phone.optional(),
  patientName: z.string().trim().max(120).optional(),
  district: districtCode.optional(),
});
export const similarList = z.object({ items: z.array(caseSummary) });

export const flaggedPhoneView = z.object({
  /** Masked for those who may not flag numbers themselves (viewers). */
  phone: z.string(),
  reason: z.string(),
  flaggedBy: z.object({ id: uuid, name: z.string() }).nullable(),
  organisation: z.object({ id: uuid, name: z.string() }).nullable(),
  flaggedAt: z.string(),
  can: z.object({ remove: z.boolean() }),
});
export const flagPhoneBody = z.strictObject({ phone, reason: z.string().trim().min(3).max(500) });

export const notificationView = z.object({
  id: uuid,
  kind: z.enum(['escalation']),
  caseId: uuid.nullable(),
  reference: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type NotificationView = z.infer<typeof notificationView>;

export const assignableList = z.object({ items: z.array(z.object({ id: uuid, name: z.string(), role: z.string() })) });
