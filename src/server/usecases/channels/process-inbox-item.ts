// Processes one kept inbound message, exactly once: understanding, the conversation, the case (opened or
// joined), leads, opt-outs and every reply are written in one transaction with the inbox row marked done.
// A crash anywhere rolls all of it back and the message is simply processed again.
import { sql } from 'drizzle-orm';
import type { ResourceCode } from '../../../shared/enums.js';
import type { InboundMessage } from '../../channels/types.js';
import { rowsOf, type Tx } from '../../db/client.js';
import { afterIntake, converse, statusReply } from '../../domain/channels/conversation.js';
import { readConversationState, type Reply } from '../../domain/channels/state.js';
import { understand } from '../../domain/understanding/understand.js';
import { channelText } from '../../i18n.js';
import type { BatchCandidates } from '../../db/queries/intake-candidates.js';
import { intakePleas, type IntakeResult, type Plea } from '../cases/intake-plea.js';
import { accountById } from '../../db/queries/channel-accounts.js';
import type { OutboundDraft } from './enqueue-outbound.js';
import type { InboxBatchFinish } from '../../db/queries/inbox-batch-finish.js';
import { placeToDistrict } from '../../db/queries/place-to-district.js';
import { recordMissedCall } from './record-missed-call.js';
import { registerChannelDonor } from './register-channel-donor.js';
import { saveLead } from './save-lead.js';
import { answerByMessage } from '../outreach/answer-by-message.js';
import { returnByMessage } from '../loans/return-by-message.js';
import { campByMessage } from '../camps/camp-by-message.js';
import { answerBookingByMessage } from '../transfusion-bookings/answer-booking-by-message.js';

export interface InboxRow {
  id: number;
  organisation_id: string | null;
  account_id: string | null;
  message: Record<string, unknown>;
}

export interface ItemOutcome {
  state: 'done' | 'ignored';
  outcome: Record<string, unknown>;
  /** A case opened, joined or answered by a donor: published on the desk's live bus after commit. */
  touchedCase: (IntakeResult & { districtCode: string }) | null;
}

/** The stored message back with its dates as dates. */
export function inboundFromRow(row: InboxRow): InboundMessage {
  const m = row.message as unknown as InboundMessage & { receivedAt: string };
  return { ...m, receivedAt: new Date(m.receivedAt) };
}

/** Conversation states the batch has already locked and read, by `channel + NUL + address`; kept up to date here. */
export type LockedConversations = Map<string, unknown>;

export const conversationKey = (channel: string, address: string) => `${channel}\u0000${address}`;

/** What a batch shares while its messages are processed one by one (see process-next-inbox-item.ts). */
export interface InboxBatch {
  /** Conversations the batch has locked and read; kept up to date as messages are processed. */
  locked: LockedConversations;
  /** The batch's closing writes, flushed by the caller before commit. */
  finish: InboxBatchFinish;
  /** Open cases the batch's senders could repeat, read once under their phone locks. */
  candidates: BatchCandidates;
}

export async function processInboxItem(
  tx: Tx,
  row: InboxRow,
  batch: InboxBatch,
  now = new Date(),
): Promise<ItemOutcome> {
  const { locked, finish, candidates } = batch;
  const message = inboundFromRow(row);
  const account = row.account_id ? await accountById(tx, row.account_id) : undefined;
  if (!account || !row.organisation_id) {
    return markInbox(finish, row.id, { state: 'ignored', outcome: { reason: 'no_account' }, touchedCase: null });
  }
  if (message.kind === 'missed_call') {
    const callback = await recordMissedCall(tx, account, message);
    const outcome = { callbackId: callback.id, callCount: callback.callCount };
    return markInbox(finish, row.id, { state: 'done', outcome, touchedCase: null });
  }
  // A donor's YES/NO to an ask is their answer, not a plea; their STOP also opts their donor records out, then goes on.
  const donorAnswer = await answerByMessage(tx, account, message, now);
  const answeredCase = donorAnswer?.changedCase
    ? {
        caseId: donorAnswer.changedCase.id,
        reference: donorAnswer.changedCase.reference,
        attached: true,
        districtCode: donorAnswer.changedCase.districtCode,
      }
    : null;
  if (donorAnswer?.handled) {
    return markInbox(finish, row.id, { state: 'done', outcome: donorAnswer.outcome, touchedCase: answeredCase });
  }
  // A roster donor's YES/NO (हाँ/नहीं) to a thalassemia booking confirms or declines it (after the asks above: an
  // emergency's ask wins).
  const bookingAnswer = donorAnswer ? null : await answerBookingByMessage(tx, account, message, now);
  if (bookingAnswer)
    return markInbox(finish, row.id, { state: 'done', outcome: bookingAnswer.outcome, touchedCase: null });
  // A borrower's RETURN <ref> / वापसी <ref> asks for a device to be collected: a pick-up on the loan, not a plea.
  const loanReturn = await returnByMessage(tx, account, message, now);
  if (loanReturn) return markInbox(finish, row.id, { state: 'done', outcome: loanReturn.outcome, touchedCase: null });
  // CAMP <code> / कैंप <code> registers the sender for a camp; their answer to its question (a name, a slot) too.
  const campReply = await campByMessage(tx, account, message, now);
  if (campReply) return markInbox(finish, row.id, { state: 'done', outcome: campReply.outcome, touchedCase: null });
  const understood = message.text ? understand(message.text) : null;
  const isTweet = message.channel === 'twitter';
  const organisationDistricts = await districtsOf(tx, account.organisationId);
  const districtFromText = understood ? await placeToDistrict(tx, understood.location, organisationDistricts) : null;

  const key = conversationKey(message.channel, message.from);
  const conversation = readConversationState(locked.get(key));
  const result = converse({
    state: conversation,
    message: {
      text: message.text,
      replyId: message.replyId,
      kind: message.kind,
      location: message.location ? { lat: message.location.lat, lon: message.location.lon } : null,
    },
    understood,
    // A tweet is answered by people, in public or by a call: no callback-number question.
    senderIsPhone: message.fromIsPhone || isTweet,
    now,
    districtFromText,
  });
  let state = result.state;
  const replies: Reply[] = [...result.replies];
  const outcome: Record<string, unknown> = { ...donorAnswer?.outcome };
  let touchedCase: ItemOutcome['touchedCase'] = answeredCase;
  let caseId: string | null = null;
  let ignoreOptOut = false;

  // Nobody can answer a tweet's missing district automatically: a person reads it in the leads inbox.
  const action =
    isTweet && result.action === null && (state.step === 'ask_need' || state.step === 'ask_district')
      ? { type: 'handover' as const, draft: state.draft, missing: [] }
      : result.action;
  if (isTweet) state = { ...state, step: 'idle', retries: 0 };
  switch (action?.type) {
    case 'open_or_attach_case': {
      const draft = action.draft;
      const phones = [
        ...new Set([...(message.fromIsPhone ? [message.from] : []), ...(draft.phone ? [draft.phone] : [])]),
      ];
      const plea: Plea = {
        channel: message.channel,
        receivedAt: message.receivedAt,
        providerId: message.providerMessageId,
        senderPhone: message.fromIsPhone ? message.from : (draft.phone ?? null),
        senderName: message.fromName,
        text: draft.texts.join('\n') || message.text,
        understood: understood as unknown as Record<string, unknown> | null,
        requester: { name: message.fromName, phones, language: state.language, consentToShare: true },
        patient: { conditions: [], spo2: draft.spo2, age: draft.age },
        location: {
          district: draft.district ?? '',
          lat: message.location?.lat ?? null,
          lon: message.location?.lon ?? null,
        },
        needs: needsOf(draft.resources, draft.bloodGroups, understood?.medicines ?? []),
        organisationId: account.organisationId,
        loggedById: null,
      };
      const [intake] = await intakePleas(tx, [plea], candidates);
      if (!intake) throw new Error('intake returned nothing');
      const after = afterIntake(state, { reference: intake.reference, attached: intake.attached });
      state = after.state;
      replies.push(...after.replies);
      caseId = intake.caseId;
      touchedCase = { ...intake, districtCode: draft.district ?? '' };
      Object.assign(outcome, { caseId: intake.caseId, reference: intake.reference, attached: intake.attached });
      break;
    }
    case 'status': {
      const found = await caseForRequester(tx, action.reference, message);
      replies.push(statusReply(state.language, found));
      break;
    }
    case 'opt_out':
      await tx.execute(sql`insert into opt_outs (address, channel) values (${message.from}, ${message.channel})
        on conflict (address) do nothing`);
      ignoreOptOut = true;
      break;
    case 'opt_in':
      await tx.execute(sql`delete from opt_outs where address = ${message.from}`);
      break;
    case 'register_donor': {
      const donor = await registerChannelDonor(tx, account, message, state.language, action.donor, now);
      if (donor.registered) {
        replies.push(donor.reply);
        Object.assign(outcome, { donorId: donor.donorId, donorCreated: donor.created });
      } else {
        replies.push({ key: 'lead_donor_thanks', params: {} });
        const leadId = await saveLead(tx, row.id, account, message, 'donor', understood, action.donor.district);
        Object.assign(outcome, { leadId, donorRefused: donor.refused });
      }
      break;
    }
    case 'lead':
      Object.assign(outcome, {
        leadId: await saveLead(tx, row.id, account, message, action.kind, understood, districtFromText),
      });
      break;
    case 'handover':
      Object.assign(outcome, {
        leadId: await saveLead(tx, row.id, account, message, 'plea', understood, action.draft.district, action.draft),
      });
      break;
    case undefined:
      break;
  }

  // Twitter is read, not answered automatically: an operator replies in public if at all.
  const drafts: OutboundDraft[] = isTweet
    ? []
    : replies.map((reply, index) => ({
        accountId: account.id,
        organisationId: account.organisationId,
        provider: account.provider,
        channel: message.channel,
        to: message.from,
        language: state.language,
        template: reply.key,
        body: channelText(state.language, reply.key, reply.params),
        purpose: 'reply' as const,
        caseId,
        dedupeKey: `reply:${row.id}:${index}`,
        ignoreOptOut,
      }));
  const done = {
    state: 'done' as const,
    outcome: { action: action?.type ?? null, ...outcome, replies: replies.map((r) => r.key) },
    touchedCase,
  };
  finish.conversation({
    channel: message.channel,
    address: message.from,
    account_id: account.id,
    state,
    case_id: caseId,
  });
  finish.queue(drafts);
  finish.inboxDone(row.id, done.state, done.outcome);
  locked.set(key, state);
  return done;
}

function markInbox(finish: InboxBatchFinish, id: number, outcome: ItemOutcome): ItemOutcome {
  finish.inboxDone(id, outcome.state, outcome.outcome);
  return outcome;
}

function needsOf(resources: readonly ResourceCode[], bloodGroups: readonly string[], medicines: readonly string[]) {
  const list = resources.length > 0 ? resources : (['other'] as ResourceCode[]);
  return list.map((resource) => ({
    resource,
    quantity: 1,
    bloodGroup:
      (resource === 'blood' || resource === 'plasma' || resource === 'platelets') && bloodGroups[0]
        ? (bloodGroups[0] as 'A+')
        : undefined,
    medicine: resource === 'medicine' && medicines[0] ? medicines[0] : undefined,
  }));
}

const organisationDistricts = new Map<string, { at: number; districts: Promise<string[]> }>();

/** An organisation's districts, remembered for a minute: they change when an admin edits the organisation. */
async function districtsOf(tx: Tx, organisationId: string): Promise<string[]> {
  const cached = organisationDistricts.get(organisationId);
  if (cached && Date.now() - cached.at < 60_000) return cached.districts;
  const districts = tx
    .execute(sql`select districts from organisations where id = ${organisationId}::uuid`)
    .then((result) => rowsOf<{ districts: string[] }>(result)[0]?.districts ?? []);
  organisationDistricts.set(organisationId, { at: Date.now(), districts });
  districts.catch(() => organisationDistricts.delete(organisationId));
  return districts;
}

/** A case's status goes only to someone who asked for it: the sender's number must be one of its requester's. */
async function caseForRequester(tx: Tx, reference: string, message: InboundMessage) {
  if (!message.fromIsPhone) return null;
  const rows = rowsOf<{ reference: string; status: string }>(
    await tx.execute(sql`select reference, status from cases
      where reference = ${reference.toUpperCase()} and ${message.from} = any(requester_phones)`),
  );
  const found = rows[0];
  return found ? { reference: found.reference, status: found.status as 'new' } : null;
}
