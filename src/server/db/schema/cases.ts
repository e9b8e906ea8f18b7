import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  bloodGroups,
  caseEventTypes,
  caseStatuses,
  channels,
  closeReasons,
  languages,
  priorities,
  resourceCodes,
  sexes,
} from '../../../shared/enums.js';
import { districts } from './geography.js';
import { organisations } from './organisations.js';
import { users } from './users.js';
import { isOpenCase } from '../queries/open-case.js';

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull().unique(),
    status: text('status', { enum: caseStatuses }).notNull().default('new'),
    closeReason: text('close_reason', { enum: closeReasons }),
    duplicateOfId: uuid('duplicate_of_id'),
    channel: text('channel', { enum: channels }).notNull(),
    /** The organisation that took the plea in, if any: its time targets apply and its coordinators hear escalations. */
    organisationId: uuid('organisation_id').references(() => organisations.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    locality: text('locality'),
    address: text('address'),
    pincode: text('pincode'),
    hospital: text('hospital'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    requesterName: text('requester_name'),
    requesterPhones: text('requester_phones').array().notNull(),
    requesterLanguage: text('requester_language', { enum: languages }).notNull().default('hi'),
    consentToShare: boolean('consent_to_share').notNull(),
    /** Organisations the case was referred to (each referral is an event): they see and work it like its owner. */
    referredOrganisationIds: uuid('referred_organisation_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    patientName: text('patient_name'),
    /** Lower-cased, spaces collapsed: what deduplication compares. */
    patientNameKey: text('patient_name_key'),
    patientAge: smallint('patient_age'),
    patientSex: text('patient_sex', { enum: sexes }),
    conditions: text('conditions').array().notNull().default([]),
    spo2: smallint('spo2'),
    spo2At: timestamp('spo2_at', { withTimezone: true }),
    transfusionDate: text('transfusion_date'),
    /** Computed by the triage rules; `priorityOverride` (with a reason) wins when set. */
    computedPriority: text('computed_priority', { enum: priorities }).notNull(),
    priorityReasons: text('priority_reasons').array().notNull().default([]),
    priorityOverride: text('priority_override', { enum: priorities }),
    priorityOverrideReason: text('priority_override_reason'),
    /** 0 critical, 1 high, 2 normal: the effective priority, for sorting. */
    priorityRank: smallint('priority_rank').notNull(),
    /** The person's earliest message: every clock starts here. */
    firstMessageAt: timestamp('first_message_at', { withTimezone: true }).notNull(),
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    responseDueAt: timestamp('response_due_at', { withTimezone: true }).notNull(),
    fulfilDueAt: timestamp('fulfil_due_at', { withTimezone: true }).notNull(),
    fulfilledAt: timestamp('fulfilled_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    wasVerified: boolean('was_verified').notNull().default(false),
    assigneeId: uuid('assignee_id').references(() => users.id),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    /** Last time the assignee touched the case; an idle claim expires. */
    assigneeActiveAt: timestamp('assignee_active_at', { withTimezone: true }),
    messageCount: integer('message_count').notNull().default(0),
    channelsUsed: text('channels_used').array().notNull().default([]),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cases_queue_idx').on(t.districtCode, t.status, t.priorityRank, t.fulfilDueAt),
    index('cases_open_queue_idx').on(t.priorityRank, t.fulfilDueAt).where(isOpenCase(t.status)),
    // The desk's everyday question: open cases of my districts, most urgent first, and how many.
    index('cases_open_district_idx').on(t.districtCode, t.priorityRank, t.fulfilDueAt).where(isOpenCase(t.status)),
    index('cases_phones_idx').using('gin', t.requesterPhones),
    index('cases_patient_idx').on(t.districtCode, t.patientNameKey),
    index('cases_assignee_idx').on(t.assigneeId),
    check('cases_closed_has_reason', sql`(${t.status} = 'closed') = (${t.closeReason} is not null)`),
  ],
);

export const caseNeeds = pgTable(
  'case_needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    resource: text('resource', { enum: resourceCodes }).notNull(),
    quantityRequested: integer('quantity_requested').notNull().default(1),
    quantityFulfilled: integer('quantity_fulfilled').notNull().default(0),
    bloodGroup: text('blood_group', { enum: bloodGroups }),
    medicine: text('medicine'),
    position: smallint('position').notNull().default(0),
  },
  (t) => [index('case_needs_case_idx').on(t.caseId), index('case_needs_resource_idx').on(t.resource, t.caseId)],
);

/** Every plea as it arrived: immutable. Cases are built from messages, never instead of them. */
export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    channel: text('channel', { enum: channels }).notNull(),
    providerId: text('provider_id'),
    senderPhone: text('sender_phone'),
    senderName: text('sender_name'),
    text: text('text'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    caseId: uuid('case_id').references(() => cases.id),
    /** What the understanding engine read in the text, and an operator's later corrections. */
    understood: jsonb('understood').$type<Record<string, unknown>>(),
    corrections: jsonb('corrections').$type<Record<string, unknown>>(),
    /** The operator who logged it (phone intake), if any. */
    loggedById: uuid('logged_by_id').references(() => users.id),
    ip: text('ip'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('messages_provider_unique').on(t.channel, t.providerId),
    index('messages_case_idx').on(t.caseId),
    index('messages_sender_idx').on(t.senderPhone, t.receivedAt),
  ],
);

export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id),
    type: text('type', { enum: caseEventTypes }).notNull(),
    before: jsonb('before').$type<Record<string, unknown>>(),
    after: jsonb('after').$type<Record<string, unknown>>(),
    note: text('note'),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.id)],
);

export const flaggedPhones = pgTable('flagged_phones', {
  phone: text('phone').primaryKey(),
  reason: text('reason').notNull(),
  flaggedById: uuid('flagged_by_id').references(() => users.id),
  /** The organisation whose desk flagged it: it (or a coordinator) may take the flag off; null for old flags. */
  organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
  flaggedAt: timestamp('flagged_at', { withTimezone: true }).notNull().defaultNow(),
});

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['escalation'] }).notNull(),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_once').on(t.userId, t.kind, t.caseId),
    index('notifications_user_idx').on(t.userId, t.createdAt),
  ],
);

/** Per-organisation desk policy: time targets, triage thresholds, claim idle time. Null fields use defaults. */
export const organisationDeskSettings = pgTable('organisation_desk_settings', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  policy: jsonb('policy').$type<Record<string, unknown>>().notNull().default({}),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
