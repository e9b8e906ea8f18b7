// What a WhatsApp or SMS conversation remembers between messages: the person's language, the question we
// last asked, and the plea gathered so far. JSON-serialisable; the caller stores it in a row per sender.
import { z } from 'zod';
import { bloodGroups, resourceCodes } from '../../../shared/enums.js';
import type {
  BloodGroup,
  CaseStatus,
  Language,
  LeadKind as StoredLeadKind,
  ResourceCode,
} from '../../../shared/enums.js';

export const conversationSteps = [
  'idle',
  'menu',
  'ask_need',
  'ask_district',
  'ask_phone',
  'donor_group',
  'donor_district',
  'donor_last_donation',
] as const;
export type ConversationStep = (typeof conversationSteps)[number];

/** The plea gathered so far, one message at a time. */
export interface Draft {
  resources: ResourceCode[];
  bloodGroups: BloodGroup[];
  /** District code, as resolved by the caller. */
  district: string | null;
  /** A callback number (E.164) written in a message; WhatsApp and SMS senders are their own callback number. */
  phone: string | null;
  spo2: number | null;
  age: number | null;
  /** The person's own words that made up this plea, oldest first (at most `draftTextsMax`). */
  texts: string[];
}

/** What a person registering as a donor has told us so far ("donate blood" from the menu). */
export interface DonorDraft {
  /** Undefined: not asked yet; null: they do not know their group. */
  bloodGroup?: BloodGroup | null;
  /** District code, as resolved by the caller. */
  district?: string;
}

/** Everything the registry needs from the conversation; the rest is asked on the verification call. */
export interface DonorAnswers {
  bloodGroup: BloodGroup | null;
  district: string;
  /** The last donation they remember (YYYY-MM-DD), or null for a first-time donor. */
  lastDonation: string | null;
  firstTimeDonor: boolean;
}

export interface ConversationState {
  language: Language;
  step: ConversationStep;
  draft: Draft;
  /** The case this conversation last opened or joined. */
  caseReference: string | null;
  /** While registering as a donor: their answers so far. */
  donor: DonorDraft | null;
  optedOut: boolean;
  /** Unanswered attempts at the current question: 1 after the hint was sent. */
  retries: number;
  /** When we last said we cannot read a sticker, voice note…: said at most once per `unsupportedNoticeMs`. */
  unsupportedNoticeAt: string | null;
  updatedAt: string;
}

/** A template in locales/{en,hi}/channels.json and its parameters; rendered in the conversation's language. */
export interface Reply {
  key: string;
  params: Record<string, string | number>;
}

/** Leads the conversation makes itself; `plea` leads come from a `handover`. */
export type LeadKind = Exclude<StoredLeadKind, 'plea'>;
export type Essential = 'need' | 'district' | 'phone';

export type Action =
  /** Every essential is known: run intake, then call `afterIntake` for the reply. */
  | { type: 'open_or_attach_case'; draft: Draft }
  /** Look the case up and reply with `statusReply`. */
  | { type: 'status'; reference: string }
  | { type: 'opt_out' }
  | { type: 'opt_in' }
  /** A donor answered the registration questions: register them (or keep a lead if the registry refuses). */
  | { type: 'register_donor'; donor: DonorAnswers }
  /** An offer of help, a blood donor, a volunteer: to the leads inbox for verification. */
  | { type: 'lead'; kind: LeadKind; text: string }
  /** The bot asked twice and still lacks an essential: a person on the desk must read the conversation. */
  | { type: 'handover'; draft: Draft; missing: Essential[] };

export interface Outcome {
  state: ConversationState;
  replies: Reply[];
  action: Action | null;
}

export interface CaseStatusFound {
  reference: string;
  status: CaseStatus;
}

/** A draft left this long is stale: the next message starts afresh rather than answering an old question. */
export const draftExpiryMs = 12 * 60 * 60 * 1000;
export const draftTextsMax = 10;
export const unsupportedNoticeMs = 10 * 60 * 1000;

export function emptyDraft(): Draft {
  return { resources: [], bloodGroups: [], district: null, phone: null, spo2: null, age: null, texts: [] };
}

export function newConversationState(language: Language, now: Date): ConversationState {
  return {
    language,
    step: 'idle',
    draft: emptyDraft(),
    caseReference: null,
    donor: null,
    optedOut: false,
    retries: 0,
    unsupportedNoticeAt: null,
    updatedAt: now.toISOString(),
  };
}

const storedState = z.object({
  language: z.enum(['hi', 'en']).catch('hi'),
  step: z.enum(conversationSteps).catch('idle'),
  draft: z
    .object({
      resources: z.array(z.enum(resourceCodes)).catch([]),
      bloodGroups: z.array(z.enum(bloodGroups)).catch([]),
      district: z.string().nullable().catch(null),
      phone: z.string().nullable().catch(null),
      spo2: z.number().int().nullable().catch(null),
      age: z.number().int().nullable().catch(null),
      texts: z.array(z.string()).catch([]),
    })
    .catch(emptyDraft),
  caseReference: z.string().nullable().catch(null),
  donor: z
    .object({
      bloodGroup: z.enum(bloodGroups).nullable().optional(),
      district: z.string().optional(),
    })
    .nullable()
    .catch(null)
    .default(null),
  optedOut: z.boolean().catch(false),
  retries: z.number().int().min(0).catch(0),
  unsupportedNoticeAt: z.string().nullable().catch(null),
  updatedAt: z.string(),
});

/**
 * Reads a stored state (a JSON column) back, forgiving fields added since it was written. Null when it is
 * not a state at all. An opted-out flag that cannot be read is kept as opted out, never silently dropped.
 */
export function readConversationState(value: unknown): ConversationState | null {
  if (typeof value !== 'object' || value === null) return null;
  const parsed = storedState.safeParse(value);
  if (!parsed.success) return null;
  const raw = value as { optedOut?: unknown };
  return { ...parsed.data, optedOut: parsed.data.optedOut || (raw.optedOut !== undefined && raw.optedOut !== false) };
}
