// The WhatsApp/SMS conversation: one inbound message and what we remember → replies to send, the state to
// keep, and at most one thing for the caller to do (open a case, look one up, record an opt-out, a lead).
// Pure: no clock but `now`, no I/O; replies are template keys rendered by the caller in `state.language`.
//
// A plea gathers its essentials one question at a time: need, district, and a callback number when the sender
// is not a phone (Facebook). A question not answered gets one hint; a second miss hands the conversation to a
// person (action `handover`; intake needs a district and a phone, so no case can open without them).
// Opted-out senders get no reply to anything but START; a complete plea from them still reaches the desk.
import type { Understanding } from '../../../shared/contracts/understanding.js';
import type { Language } from '../../../shared/enums.js';
import type { InboundKind } from '../../channels/types.js';
import { parseCommand, type Command, type MenuChoice } from './commands.js';
import { continueDonorRegistration, isRegisteringDonor, startDonorRegistration } from './donor-registration.js';
import { mergeDraft, missingEssentials, readContribution } from './essentials.js';
import { chooseLanguage, hasDevanagari, languageSignal } from './language.js';
import {
  draftExpiryMs,
  emptyDraft,
  newConversationState,
  unsupportedNoticeMs,
  type Action,
  type CaseStatusFound,
  type ConversationState,
  type ConversationStep,
  type Essential,
  type LeadKind,
  type Outcome,
  type Reply,
} from './state.js';

export interface ConverseInput {
  state: ConversationState | null;
  message: {
    text: string | null;
    replyId: string | null;
    kind: InboundKind;
    location?: { lat: number; lon: number } | null;
  };
  /** The understanding engine's reading of `message.text`, or null when there was no text. */
  understood: Understanding | null;
  /** WhatsApp and SMS senders are phone numbers and so their own callback number. */
  senderIsPhone: boolean;
  now: Date;
  /** District code the caller resolved from `understood.location` (or a shared location), else null. */
  districtFromText: string | null;
}

const reply = (key: string, params: Record<string, string | number> = {}): Reply => ({ key, params });

const askStep: Record<Essential, ConversationStep> = {
  need: 'ask_need',
  district: 'ask_district',
  phone: 'ask_phone',
};

function isAsking(step: ConversationStep): step is 'ask_need' | 'ask_district' | 'ask_phone' {
  return step === 'ask_need' || step === 'ask_district' || step === 'ask_phone';
}

/** The stored state, or a new one; a stale question is forgotten so tomorrow's message starts afresh. */
function resume(state: ConversationState | null, now: Date): ConversationState {
  if (state === null) return newConversationState('hi', now);
  const age = now.getTime() - Date.parse(state.updatedAt);
  if (!(age > draftExpiryMs)) return { ...state, draft: { ...state.draft } };
  return { ...state, step: 'idle', retries: 0, draft: emptyDraft(), donor: null };
}

export function converse(input: ConverseInput): Outcome {
  const { message, understood, now } = input;
  const text = message.text?.trim() ?? '';
  const firstContact = input.state === null;
  const resumed = resume(input.state, now);
  const command = parseCommand(text === '' ? null : text, message.replyId, resumed.step);
  const signal = languageSignal(text, understood, command !== null && !hasDevanagari(text));
  const state: ConversationState = {
    ...resumed,
    language: chooseLanguage(firstContact ? null : resumed.language, signal),
    updatedAt: now.toISOString(),
  };
  const done = (replies: Reply[], action: Action | null = null): Outcome => ({ state, replies, action });

  if (state.optedOut) {
    if (command?.type === 'opt_in') return optIn(state);
    return silentPlea(state, input, text);
  }

  if (message.kind === 'unsupported' || (message.kind === 'image' && text === '')) {
    const last = state.unsupportedNoticeAt === null ? null : Date.parse(state.unsupportedNoticeAt);
    if (last !== null && now.getTime() - last < unsupportedNoticeMs) return done([]);
    state.unsupportedNoticeAt = now.toISOString();
    return done([reply('unsupported')]);
  }

  if (command) return runCommand(state, command, input, text);

  if (message.kind === 'missed_call') {
    if (state.caseReference) return done([], { type: 'status', reference: state.caseReference });
    state.step = 'ask_need';
    state.retries = 0;
    return done([reply('missed_call')]);
  }

  if (isRegisteringDonor(state)) {
    return continueDonorRegistration(state, { text, understood, districtFromText: input.districtFromText, now });
  }

  // While a plea is being gathered, a reply is an answer ("call me on 98…" reads like an offer), not a lead.
  const answering = state.step === 'ask_need' || state.step === 'ask_district' || state.step === 'ask_phone';
  if (understood?.kind === 'offer' && !answering) {
    const donor =
      understood.resources.length > 0 &&
      understood.resources.every((r) => r === 'blood' || r === 'plasma' || r === 'platelets');
    return lead(state, donor ? 'donor' : 'offer', text);
  }

  return gather(state, input, text, firstContact, false);
}

function runCommand(state: ConversationState, command: Command, input: ConverseInput, text: string): Outcome {
  const done = (replies: Reply[], action: Action | null = null): Outcome => ({ state, replies, action });
  switch (command.type) {
    case 'opt_out':
      state.optedOut = true;
      state.step = 'idle';
      state.retries = 0;
      return done([reply('opted_out')], { type: 'opt_out' });
    case 'opt_in':
      return optIn(state);
    case 'help':
      return done([reply('help')]);
    case 'menu':
      state.step = 'menu';
      state.retries = 0;
      return done([reply('menu')]);
    case 'status': {
      const reference = command.reference ?? (command.typed ? null : state.caseReference);
      if (reference === null) return done([reply('status_usage')]);
      return done([], { type: 'status', reference });
    }
    case 'menu_choice':
      return menuChoice(state, command.choice, input, text);
  }
}

function menuChoice(state: ConversationState, choice: MenuChoice, input: ConverseInput, text: string): Outcome {
  switch (choice) {
    case 'need':
      state.step = 'idle';
      return gather(state, { ...input, understood: null, districtFromText: null }, '', false, true);
    case 'donate':
      return startDonorRegistration(state);
    case 'volunteer':
      return lead(state, 'volunteer', text);
  }
}

const leadThanks: Record<LeadKind, string> = {
  offer: 'lead_offer_thanks',
  donor: 'lead_donor_thanks',
  volunteer: 'lead_volunteer_thanks',
};

function lead(state: ConversationState, kind: LeadKind, text: string): Outcome {
  state.step = 'idle';
  state.retries = 0;
  return { state, replies: [reply(leadThanks[kind])], action: { type: 'lead', kind, text } };
}

function optIn(state: ConversationState): Outcome {
  state.optedOut = false;
  state.step = 'idle';
  state.retries = 0;
  return { state, replies: [reply('opted_in')], action: { type: 'opt_in' } };
}

/** Opted out: no reply, but a plea complete in itself still goes to the desk, who call rather than message. */
function silentPlea(state: ConversationState, input: ConverseInput, text: string): Outcome {
  const isPlea = input.understood?.kind === 'request';
  if (!isPlea) return { state, replies: [], action: null };
  const contribution = readContribution(text, input.understood, input.districtFromText);
  const draft = mergeDraft({ ...emptyDraft(), phone: state.draft.phone }, contribution, text);
  if (missingEssentials(draft, input.senderIsPhone).length > 0) return { state, replies: [], action: null };
  state.draft = draft;
  state.step = 'idle';
  return { state, replies: [], action: { type: 'open_or_attach_case', draft } };
}

/** A plea, or an answer to our question: add what it says, then ask for what is missing or open the case. */
function gather(
  state: ConversationState,
  input: ConverseInput,
  text: string,
  firstContact: boolean,
  chosenFromMenu: boolean,
): Outcome {
  const done = (replies: Reply[], action: Action | null = null): Outcome => ({ state, replies, action });
  const contribution = readContribution(text, input.understood, input.districtFromText);
  const asking = isAsking(state.step);
  const sharedLocation = input.message.kind === 'location' || Boolean(input.message.location);
  const plea =
    chosenFromMenu ||
    input.understood?.kind === 'request' ||
    contribution.resources.length > 0 ||
    contribution.intent ||
    sharedLocation;
  const pending = state.draft.resources.length > 0;
  const fillsGap = pending && (contribution.district !== null || (!input.senderIsPhone && contribution.phone !== null));

  if (!asking && !plea && !fillsGap) {
    if (state.step === 'menu') return done([reply('ask_again.menu')]);
    state.step = 'idle';
    if (firstContact) {
      state.step = 'menu';
      return done([reply('welcome')]);
    }
    if (state.caseReference) return done([reply('noted', { reference: state.caseReference })]);
    return done([reply('not_understood')]);
  }

  state.draft = mergeDraft(state.draft, contribution, text);
  const missing = missingEssentials(state.draft, input.senderIsPhone);
  const [next] = missing;
  if (next === undefined) {
    state.step = 'idle';
    state.retries = 0;
    return done([], { type: 'open_or_attach_case', draft: state.draft });
  }
  const nextStep = askStep[next];
  if (asking && nextStep === state.step) {
    state.retries += 1;
    if (state.retries >= 2) {
      state.step = 'idle';
      state.retries = 0;
      return done([reply('handover')], { type: 'handover', draft: state.draft, missing });
    }
    return done([reply(`ask_again.${next}`)]);
  }
  state.step = nextStep;
  state.retries = 0;
  return done([reply(`ask_${next}`)]);
}

/**
 * After the caller ran intake for `open_or_attach_case`: remember the case and say so. A person with an
 * earlier case gets the short confirmation, not the introduction again. The district and callback number
 * stay in the draft, so "also need plasma" joins the same case without asking where again.
 */
export function afterIntake(
  state: ConversationState,
  result: { reference: string; attached: boolean },
): { state: ConversationState; replies: Reply[] } {
  const key = result.attached ? 'case_attached' : state.caseReference ? 'case_opened_again' : 'case_opened';
  const next: ConversationState = {
    ...state,
    step: 'idle',
    retries: 0,
    caseReference: result.reference,
    draft: { ...emptyDraft(), district: state.draft.district, phone: state.draft.phone },
  };
  return { state: next, replies: state.optedOut ? [] : [reply(key, { reference: result.reference })] };
}

/**
 * The reply to STATUS once the caller has looked the case up. `language` is accepted for symmetry with the
 * caller's rendering; the reply itself is a template key, rendered in the conversation's language.
 */
export function statusReply(_language: Language, found: CaseStatusFound | null): Reply {
  if (found === null) return reply('status.not_found');
  return reply(`status.${found.status}`, { reference: found.reference });
}
