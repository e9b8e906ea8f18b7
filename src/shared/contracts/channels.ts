import { z } from 'zod';
import {
  callbackOutcomes,
  callbackStatuses,
  caseStatuses,
  channels,
  languages,
  leadKinds,
  leadStatuses,
  outboundPurposes,
  outboundStates,
  providers,
} from '../enums.js';
import { uuid } from './common.js';

/** Secrets per provider; which ones an account needs (all write-only). */
export const channelSecretNames = ['webhookSecret', 'verifyToken', 'accessToken', 'accountId', 'apiKey'] as const;
export type ChannelSecretName = (typeof channelSecretNames)[number];
export const secretsByProvider: Record<(typeof providers)[number], readonly ChannelSecretName[]> = {
  whatsapp: ['webhookSecret', 'verifyToken', 'accessToken'],
  facebook: ['webhookSecret', 'verifyToken', 'accessToken'],
  twilio: ['webhookSecret', 'accountId'],
  exotel: ['webhookSecret', 'accountId', 'apiKey', 'accessToken'],
  twitter: ['accessToken'],
};

export const channelAccountView = z.object({
  id: uuid,
  organisationId: uuid,
  provider: z.enum(providers),
  address: z.string(),
  label: z.string(),
  /** Each secret as `••••abcd` (the last four characters), or null when unset. */
  secrets: z.record(z.string(), z.string().nullable()),
  searches: z.array(z.string()),
  notifyOn: z.array(z.enum(caseStatuses)),
  source: z.enum(['env', 'admin', 'demo']),
  enabled: z.boolean(),
  /**
   * Every address to give the provider, complete (none for Twitter, which is polled): Exotel's carry the shared `?token=` (it does not sign requests),
   * shown in full only to those who manage the account (others see the token masked).
   */
  webhookUrls: z.array(z.object({ kind: z.enum(['messages', 'sms', 'missed_calls']), url: z.string() })),
  updatedAt: z.string(),
  can: z.object({ update: z.boolean() }),
});
export type ChannelAccountView = z.infer<typeof channelAccountView>;

const secretInput = z.string().trim().min(1).max(500);
export const channelSecretsInput = z.strictObject({
  webhookSecret: secretInput.optional(),
  verifyToken: secretInput.optional(),
  accessToken: secretInput.optional(),
  accountId: secretInput.optional(),
  apiKey: secretInput.optional(),
});

export const createChannelAccountBody = z.strictObject({
  organisationId: uuid,
  provider: z.enum(providers),
  address: z.string().trim().min(1).max(120),
  label: z.string().trim().min(1).max(120),
  secrets: channelSecretsInput,
  searches: z.array(z.string().trim().min(1).max(500)).max(10).default([]),
  notifyOn: z.array(z.enum(caseStatuses)).optional(),
  enabled: z.boolean().default(true),
});
export type CreateChannelAccountBody = z.input<typeof createChannelAccountBody>;

/** Secrets left out stay as they are; an empty body changes nothing. */
export const updateChannelAccountBody = z.strictObject({
  label: z.string().trim().min(1).max(120).optional(),
  secrets: channelSecretsInput.optional(),
  searches: z.array(z.string().trim().min(1).max(500)).max(10).optional(),
  notifyOn: z.array(z.enum(caseStatuses)).optional(),
  enabled: z.boolean().optional(),
});
export type UpdateChannelAccountBody = z.infer<typeof updateChannelAccountBody>;

export const channelAccountList = z.object({ items: z.array(channelAccountView) });

export const callbackView = z.object({
  id: uuid,
  organisationId: uuid,
  organisationName: z.string(),
  callerPhone: z.string(),
  callCount: z.number().int(),
  firstCallAt: z.string(),
  lastCallAt: z.string(),
  status: z.enum(callbackStatuses),
  claimedBy: z.object({ id: uuid, name: z.string() }).nullable(),
  claimedAt: z.string().nullable(),
  outcome: z.enum(callbackOutcomes).nullable(),
  caseId: uuid.nullable(),
  flagged: z.boolean(),
  can: z.object({ claim: z.boolean(), complete: z.boolean(), release: z.boolean() }),
});
export type CallbackView = z.infer<typeof callbackView>;

export const callbackListQuery = z.strictObject({
  status: z.enum(['open', 'done']).default('open'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const callbackList = z.object({ items: z.array(callbackView) });

export const completeCallbackBody = z.strictObject({
  outcome: z.enum(callbackOutcomes),
  caseId: uuid.optional(),
});

export const leadView = z.object({
  id: uuid,
  organisationId: uuid,
  kind: z.enum(leadKinds),
  channel: z.enum(channels),
  /** Masked (and any number in `text` too) until the reader reveals it; each reveal is recorded. */
  fromAddress: z.string(),
  /** While revealed to the reader: when it is masked again. */
  revealedUntil: z.string().nullable(),
  fromName: z.string().nullable(),
  text: z.string().nullable(),
  resources: z.array(z.string()),
  district: z.object({ code: z.string(), name: z.string(), nameHi: z.string() }).nullable(),
  status: z.enum(leadStatuses),
  reviewedBy: z.object({ id: uuid, name: z.string() }).nullable(),
  reviewedAt: z.string().nullable(),
  reviewNote: z.string().nullable(),
  createdAt: z.string(),
  flagged: z.boolean(),
  can: z.object({ review: z.boolean(), revealContact: z.boolean() }),
});
export type LeadView = z.infer<typeof leadView>;

export const leadListQuery = z.strictObject({
  status: z.enum(leadStatuses).default('unverified'),
  kind: z.enum(leadKinds).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const leadList = z.object({ items: z.array(leadView) });

export const reviewLeadBody = z.strictObject({
  status: z.enum(['verified', 'rejected']),
  note: z.string().trim().max(1000).optional(),
});

/** An outbound message as the case page and the simulator show it. */
export const outboundView = z.object({
  id: uuid,
  provider: z.enum(providers),
  channel: z.enum(channels),
  toAddress: z.string(),
  language: z.enum(languages),
  body: z.string(),
  purpose: z.enum(outboundPurposes),
  state: z.enum(outboundStates),
  stateTimes: z.record(z.string(), z.string()),
  attempts: z.number().int(),
  error: z.string().nullable(),
  createdAt: z.string(),
  /** A failed reply can be sent once more by someone who works the case. */
  can: z.object({ resend: z.boolean() }),
});
export type OutboundView = z.infer<typeof outboundView>;
export const outboundList = z.object({ items: z.array(outboundView) });

/** The built-in simulator: post as a citizen, read what the app sent back. */
export const simulatorSendBody = z.strictObject({
  provider: z.enum(['whatsapp', 'twilio', 'exotel', 'facebook', 'twitter']),
  from: z.string().trim().min(1).max(40),
  text: z.string().trim().max(4000).default(''),
  /** Which account receives it; the organisation's first account of that provider when left out. */
  accountAddress: z.string().trim().min(1).max(120).optional(),
  kind: z.enum(['text', 'missed_call']).default('text'),
});
export type SimulatorSendBody = z.input<typeof simulatorSendBody>;

export const simulatorEntry = z.object({
  id: z.string(),
  direction: z.enum(['inbound', 'outbound']),
  provider: z.enum(providers),
  from: z.string(),
  to: z.string(),
  body: z.string(),
  at: z.string(),
  /** Inbound: what became of it (pending, done, ignored); outbound: the outbox state. */
  state: z.string().nullable(),
});
export type SimulatorEntry = z.infer<typeof simulatorEntry>;
export const simulatorLog = z.object({
  items: z.array(simulatorEntry),
  accounts: z.array(z.object({ provider: z.enum(providers), address: z.string(), label: z.string() })),
});

/** Whether the channel queues keep up: waiting and failed counts. */
export const queueStats = z.object({
  inbox: z.object({ pending: z.number().int(), failed: z.number().int(), oldestPendingAt: z.string().nullable() }),
  outbox: z.object({ pending: z.number().int(), sending: z.number().int(), failed: z.number().int() }),
});
export type QueueStats = z.infer<typeof queueStats>;
