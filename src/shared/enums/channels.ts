// Where pleas come from and replies go: channels, providers, the inbox and outbox, missed-call callbacks and leads.

export const channels = ['web', 'phone', 'whatsapp', 'sms', 'twitter', 'facebook', 'api'] as const;
export type Channel = (typeof channels)[number];

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

export const outboundPurposes = [
  'reply',
  'case_update',
  'escalation',
  'sign_in_code',
  'donor_thanks',
  'donor_notice',
  'donor_code',
  'donor_ask',
] as const;
export type OutboundPurpose = (typeof outboundPurposes)[number];

export const callbackStatuses = ['open', 'calling', 'done'] as const;
export type CallbackStatus = (typeof callbackStatuses)[number];
export const callbackOutcomes = ['reached', 'no_answer', 'wrong_number'] as const;
export type CallbackOutcome = (typeof callbackOutcomes)[number];

export const leadKinds = ['offer', 'donor', 'volunteer', 'plea'] as const;
export type LeadKind = (typeof leadKinds)[number];
export const leadStatuses = ['unverified', 'verified', 'rejected'] as const;
export type LeadStatus = (typeof leadStatuses)[number];
