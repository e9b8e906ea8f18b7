// Channels: the accounts messages arrive on, a durable inbox of what providers posted, the outbound queue,
// conversations, opt-outs, missed-call callbacks, leads to verify, and the simulator's fake provider log.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  callbackOutcomes,
  callbackStatuses,
  channels,
  inboxStates,
  languages,
  leadKinds,
  leadStatuses,
  outboundPurposes,
  outboundStates,
  providers,
} from '../../../shared/enums.js';
import { cases } from './cases.js';
import { districts } from './geography.js';
import { organisations } from './organisations.js';
import { users } from './users.js';

/** One organisation's WhatsApp number, Facebook page, SMS number, missed-call line or Twitter account. */
export const channelAccounts = pgTable(
  'channel_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    provider: text('provider', { enum: providers }).notNull(),
    /** What the provider names the receiving side with: phone-number id, page id, E.164 number, user id. */
    address: text('address').notNull(),
    label: text('label').notNull(),
    /** Webhook secret, verify token, access token, account ids: never sent back in full. */
    secrets: jsonb('secrets').$type<Record<string, string>>().notNull().default({}),
    /** Twitter searches, which case statuses notify the requester. */
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
    /** `env` when configured by environment variables (they win at every start), else `admin`. */
    source: text('source', { enum: ['env', 'admin', 'demo'] })
      .notNull()
      .default('admin'),
    enabled: boolean('enabled').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('channel_accounts_address_unique').on(t.provider, t.address)],
);

/** Everything a provider posted, kept before it is acknowledged and processed exactly once. */
export const inbox = pgTable(
  'inbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    provider: text('provider', { enum: providers }).notNull(),
    channel: text('channel', { enum: channels }).notNull(),
    providerMessageId: text('provider_message_id').notNull(),
    accountId: uuid('account_id').references(() => channelAccounts.id, { onDelete: 'set null' }),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    /** The message as the adapter read it (InboundMessage). */
    message: jsonb('message').$type<Record<string, unknown>>().notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }).notNull().defaultNow(),
    state: text('state', { enum: inboxStates }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
    outcome: jsonb('outcome').$type<Record<string, unknown>>(),
    error: text('error'),
  },
  (t) => [
    uniqueIndex('inbox_provider_message_unique').on(t.provider, t.providerMessageId),
    index('inbox_pending_idx')
      .on(t.nextAttemptAt, t.id)
      .where(sql`${t.state} = 'pending'`),
  ],
);

/** Messages to requesters, donors, volunteers and coordinators: a durable queue with a state and its times. */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    accountId: uuid('account_id').references(() => channelAccounts.id, { onDelete: 'set null' }),
    provider: text('provider', { enum: providers }).notNull(),
    channel: text('channel', { enum: channels }).notNull(),
    toAddress: text('to_address').notNull(),
    language: text('language', { enum: languages }).notNull(),
    template: text('template'),
    body: text('body').notNull(),
    purpose: text('purpose', { enum: outboundPurposes }).notNull(),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    recipientUserId: uuid('recipient_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** What makes this message one of a kind (the inbound it answers, the case event it reports). */
    dedupeKey: text('dedupe_key').notNull(),
    state: text('state', { enum: outboundStates }).notNull(),
    /** When it entered each state: `{pending: iso, sent: iso, …}`. */
    stateTimes: jsonb('state_times').$type<Record<string, string>>().notNull().default({}),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    providerMessageId: text('provider_message_id'),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('outbox_dedupe_unique').on(t.dedupeKey),
    index('outbox_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.state} in ('scheduled', 'pending')`),
    index('outbox_recipient_idx').on(t.toAddress, t.createdAt),
    index('outbox_provider_message_idx').on(t.provider, t.providerMessageId),
    index('outbox_case_idx').on(t.caseId),
  ],
);

/** Numbers and ids that said STOP: nothing is sent to them, on any channel, until they say START. */
export const optOuts = pgTable('opt_outs', {
  address: text('address').primaryKey(),
  channel: text('channel', { enum: channels }).notNull(),
  optedOutAt: timestamp('opted_out_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Where a WhatsApp/SMS/Messenger conversation with one person stands. */
export const conversations = pgTable(
  'conversations',
  {
    channel: text('channel', { enum: channels }).notNull(),
    address: text('address').notNull(),
    accountId: uuid('account_id').references(() => channelAccounts.id, { onDelete: 'set null' }),
    state: jsonb('state').$type<Record<string, unknown>>().notNull(),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.channel, t.address] })],
);

/** A missed call to the helpline: someone to call back, held by one operator while they call. */
export const callbacks = pgTable(
  'callbacks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id').references(() => channelAccounts.id, { onDelete: 'set null' }),
    callerPhone: text('caller_phone').notNull(),
    firstCallAt: timestamp('first_call_at', { withTimezone: true }).notNull(),
    lastCallAt: timestamp('last_call_at', { withTimezone: true }).notNull(),
    callCount: integer('call_count').notNull().default(1),
    status: text('status', { enum: callbackStatuses }).notNull().default('open'),
    claimedById: uuid('claimed_by_id').references(() => users.id),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    outcome: text('outcome', { enum: callbackOutcomes }),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneById: uuid('done_by_id').references(() => users.id),
  },
  (t) => [
    // One open item per caller and organisation: calling again adds to it.
    uniqueIndex('callbacks_open_unique')
      .on(t.organisationId, t.callerPhone)
      .where(sql`${t.status} <> 'done'`),
    index('callbacks_org_idx').on(t.organisationId, t.status, t.firstCallAt),
  ],
);

/** Offers of help, would-be donors and volunteers, and pleas too thin to open a case: for a person to check. */
export const leads = pgTable(
  'leads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: leadKinds }).notNull(),
    channel: text('channel', { enum: channels }).notNull(),
    fromAddress: text('from_address').notNull(),
    fromName: text('from_name'),
    text: text('text'),
    understood: jsonb('understood').$type<Record<string, unknown>>(),
    districtCode: text('district_code').references(() => districts.code),
    status: text('status', { enum: leadStatuses }).notNull().default('unverified'),
    reviewedById: uuid('reviewed_by_id').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewNote: text('review_note'),
    /** The inbox entry it came from: one lead per message, however often it is processed. */
    inboxId: integer('inbox_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('leads_inbox_unique').on(t.inboxId), index('leads_org_idx').on(t.organisationId, t.status)],
);

/** Twitter: the newest tweet id seen per account and source, and when the next poll may run. */
export const twitterCursors = pgTable(
  'twitter_cursors',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => channelAccounts.id, { onDelete: 'cascade' }),
    source: text('source').notNull(),
    sinceId: text('since_id'),
    nextPollAt: timestamp('next_poll_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.source] })],
);

/** The built-in fake provider (demo, development, tests): what the app "sent", and tweets waiting to be polled. */
export const simulatorMessages = pgTable(
  'simulator_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    provider: text('provider', { enum: providers }).notNull(),
    direction: text('direction', { enum: ['outbound', 'tweet'] }).notNull(),
    fromAddress: text('from_address').notNull(),
    toAddress: text('to_address').notNull(),
    body: text('body').notNull(),
    clientReference: text('client_reference'),
    providerMessageId: text('provider_message_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('simulator_messages_idx').on(t.provider, t.direction, t.id)],
);
