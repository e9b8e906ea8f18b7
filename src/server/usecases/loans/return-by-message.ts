// A borrower's `RETURN <ref>` / `वापसी <ref>` by WhatsApp or SMS: the loan of that reference held by the sender's
// number (as patient or borrower) gets a pick-up request, and the sender a reply in the loan's language on the same
// channel. A reference that is not the sender's open loan gets a "not found" reply and nothing else — a stranger
// cannot learn of, or act on, someone else's loan. Anything that is not a return command is left to the conversation.
import { and, eq, or } from 'drizzle-orm';
import type { Language } from '../../../shared/enums.js';
import type { InboundMessage } from '../../channels/types.js';
import type { Tx } from '../../db/client.js';
import type { ChannelAccount } from '../../db/queries/channel-accounts.js';
import { loans } from '../../db/schema/index.js';
import { parseReturnCommand } from '../../domain/lending/return-command.js';
import { channelText } from '../../i18n.js';
import { enqueueOutbound } from '../channels/enqueue-outbound.js';
import { markPickupRequested } from './request-pickup.js';

export interface ReturnByMessage {
  handled: true;
  outcome: Record<string, unknown>;
}

const devanagari = /[\u0900-\u097F]/;

export async function returnByMessage(
  tx: Tx,
  account: ChannelAccount,
  message: InboundMessage,
  now: Date,
): Promise<ReturnByMessage | null> {
  if (!message.fromIsPhone || (message.channel !== 'whatsapp' && message.channel !== 'sms')) return null;
  const reference = message.text ? parseReturnCommand(message.text) : null;
  if (!reference) return null;
  const [loan] = await tx
    .select()
    .from(loans)
    .where(
      and(
        eq(loans.organisationId, account.organisationId),
        eq(loans.reference, reference),
        eq(loans.status, 'active'),
        or(eq(loans.patientPhone, message.from), eq(loans.borrowerPhone, message.from)),
      ),
    )
    .for('update');
  const language: Language = loan?.language ?? (message.text && devanagari.test(message.text) ? 'hi' : 'en');
  const key = loan ? 'loan_return.requested' : 'loan_return.not_found';
  if (loan && loan.pickupRequestedAt === null) {
    await markPickupRequested(tx, loan, { via: 'message', actorId: null, assigneeId: null }, now);
  }
  await enqueueOutbound(
    tx,
    {
      accountId: account.id,
      organisationId: account.organisationId,
      provider: account.provider,
      channel: message.channel,
      to: message.from,
      language,
      template: key,
      body: channelText(language, key, { reference, name: loan ? (loan.borrowerName ?? loan.patientName) : '' }),
      purpose: 'reply',
      caseId: loan?.caseId ?? null,
      dedupeKey: `loan-return:${message.provider}:${message.providerMessageId}`,
    },
    now,
  );
  return {
    handled: true,
    outcome: { action: 'loan_return', reference, loanId: loan?.id ?? null, pickupRequested: loan !== undefined },
  };
}
