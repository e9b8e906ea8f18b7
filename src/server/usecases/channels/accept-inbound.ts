// The webhook's whole job: keep what the provider sent, once, and say so fast. Processing happens later
// (process-inbox-item.ts), so a crash after this commit loses nothing and a provider's retry changes nothing.
import { sql } from 'drizzle-orm';
import type { DeliveryStatus, InboundEvent, InboundMessage } from '../../channels/types.js';
import { rowsOf, type Db } from '../../db/client.js';
import type { ChannelAccount } from './account-directory.js';
import { applyDeliveryStatus } from './apply-delivery-status.js';
import { inboxSignal } from './inbox-signal.js';

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
  const messages = events.filter((e): e is InboundMessage => e.type === 'message');
  const statuses = events.filter((e): e is DeliveryStatus => e.type === 'status');
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
        message: m,
        received_at: m.receivedAt.toISOString(),
      };
    });
    // One statement for the whole payload; a message id seen before is skipped, not an error.
    const result = await db.execute(sql`
      insert into inbox (provider, channel, provider_message_id, account_id, organisation_id, message, received_at)
      select x.provider, x.channel, x.provider_message_id, x.account_id, x.organisation_id, x.message, x.received_at
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(provider text, channel text,
        provider_message_id text, account_id uuid, organisation_id uuid, message jsonb, received_at timestamptz)
      on conflict (provider, provider_message_id) do nothing
      returning id`);
    accepted = rowsOf(result).length;
    if (accepted > 0) inboxSignal.emit('message');
  }
  for (const status of statuses) await applyDeliveryStatus(db, status);
  return { accepted, duplicates: messages.length - accepted, statuses: statuses.length };
}
