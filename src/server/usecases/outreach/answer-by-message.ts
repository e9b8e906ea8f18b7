// A WhatsApp or SMS reply read as a donor's answer: YES/NO (हाँ/नहीं, 1/2…) from a phone the organisation asked
// lately answers that ask; STOP from any phone opts its donor records out and then goes on to the conversation,
// which stops the channel's messages as for anyone. Anything else is not an answer and is processed as before.
import type { InboundMessage } from '../../channels/types.js';
import type { Tx } from '../../db/client.js';
import type { ChannelAccount } from '../../db/queries/channel-accounts.js';
import { readAnswerWord } from '../../domain/outreach/answer-words.js';
import type { CaseRow } from '../cases/case-context.js';
import { answerableAskOf, answerAsk } from './answer-ask.js';
import { stopDonorPhone } from './answer-stop.js';

export interface MessageAnswer {
  /** True when the message was the answer and needs nothing more; false when it goes on (STOP). */
  handled: boolean;
  outcome: Record<string, unknown>;
  changedCase: CaseRow | null;
}

export async function answerByMessage(
  tx: Tx,
  account: ChannelAccount,
  message: InboundMessage,
  now: Date,
): Promise<MessageAnswer | null> {
  if (!message.fromIsPhone || (message.channel !== 'whatsapp' && message.channel !== 'sms')) return null;
  const word = readAnswerWord(message.text);
  if (!word) return null;
  const ask = await answerableAskOf(tx, message.from, account.organisationId, now);
  if (word === 'stop') {
    const stopped = await stopDonorPhone(tx, {
      phone: message.from,
      askId: ask?.id ?? null,
      channel: message.channel,
      now,
    });
    const outcome = { donorsOptedOut: stopped.donorsOptedOut, askId: ask?.id ?? null };
    return { handled: false, outcome, changedCase: stopped.changedCase };
  }
  if (!ask) return null;
  const answered = await answerAsk(tx, {
    askId: ask.id,
    answer: word,
    channel: message.channel,
    via: { accountId: account.id, provider: account.provider, channel: message.channel, to: message.from },
    now,
  });
  return {
    handled: true,
    outcome: { action: 'donor_answer', askId: ask.id, effect: answered.effect },
    changedCase: answered.changedCase,
  };
}
