// The webhook's whole job: keep what the provider sent, once, and say so fast. Processing happens later
// (process-inbox-item.ts), so a crash after this commit loses nothing and a provider's retry changes nothing.
import type { DeliveryStatus, InboundEvent, InboundMessage } from '../../channels/types.js';
import type { Db } from '../../db/client.js';
import { plausibleReceivedAt } from '../../domain/channels/received-at.js';
import { cleanDeep } from '../../../shared/text.js';
import type { ChannelAccount } from '../../db/queries/channel-accounts.js';
import { applyDeliveryStatus } from './apply-delivery-status.js';
import { inboxSignal } from '../../infrastructure/inbox-signal.js';
import { inboxWriterFor } from '../../infrastructure/inbox-writer.js';

export interface AcceptResult {
  accepted: number;
  duplicates: number;
  statuses: number;
}

const sameAddress = (a: string, b: string) => a.replace(/^\+/, '') === b.replace(/^\+/, '');

/** Routes each message to the account it reached (by number, page or id) among those whose secret signed it. */
export function routeMessage(message: InboundMessage, signedBy: readonly ChannelAccount[]): ChannelAccount | null {
  return (
    signedBy.find((a) => sameAddress(a.address, message.accountAddress)) ??
    (signedBy.length === 1 ? (signedBy[0] ?? null) : null)
  );
}

export async function acceptInbound(
  db: Db,
  events: readonly InboundEvent[],
  signedBy: readonly ChannelAccount[],
): Promise<AcceptResult> {
  const now = new Date();
  // A provider's text is kept whatever it holds, minus what no database stores (NUL, broken characters).
  const messages = events
    .filter((e): e is InboundMessage => e.type === 'message')
    .map((m) => ({ ...cleanDeep(m), receivedAt: plausibleReceivedAt(m.receivedAt, now) }));
  const statuses = events.filter((e): e is DeliveryStatus => e.type === 'status').map((e) => cleanDeep(e));
  let accepted = 0;
  if (messages.length > 0) {
    const rows = messages.map((m) => {
      const account = routeMessage(m, signedBy);
      return {
        provider: m.provider,
        channel: m.channel,
        provider_message_id: m.providerMessageId,
        account_id: account?.id ?? null,
        organisation_id: account?.organisationId ?? null,
        message: m as unknown,
        received_at: m.receivedAt.toISOString(),
      };
    });
    // Kept together with other webhooks arriving at the same moment; a message id seen before is skipped.
    accepted = await inboxWriterFor(db).write(rows);
    if (accepted > 0) inboxSignal.emit('message');
  }
  for (const status of statuses) await applyDeliveryStatus(db, status);
  return { accepted, duplicates: messages.length - accepted, statuses: statuses.length };
}
