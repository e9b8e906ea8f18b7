// When a case's status changes, the person who asked hears about it in their language, on the channel they
// used: the WhatsApp/Messenger/SMS conversation that opened or joined the case, else an SMS to their number
// from the organisation's SMS account. Which statuses notify is the organisation's choice (per account).
import { sql } from 'drizzle-orm';
import type { CaseStatus, Channel, Language, Provider } from '../../../shared/enums.js';
import type { StatusChange } from '../../domain/channels/outbound/notify-policy.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { requesterNotification } from '../../domain/channels/outbound/notify-policy.js';
import { channelText } from '../../i18n.js';
import { enqueueOutbound } from './enqueue-outbound.js';

interface Route {
  account_id: string;
  organisation_id: string;
  provider: Provider;
  channel: Channel;
  address: string;
  settings: { notifyOn?: CaseStatus[] };
}

export async function notifyRequester(
  tx: DbOrTx,
  caseId: string,
  change: StatusChange,
  eventId: string,
): Promise<void> {
  const rows = rowsOf<{
    reference: string;
    language: Language;
    phones: string[];
    organisation_id: string | null;
  }>(
    await tx.execute(sql`select reference, requester_language as language, requester_phones as phones, organisation_id
      from cases where id = ${caseId}::uuid`),
  );
  const found = rows[0];
  if (!found) return;
  const route = await routeFor(tx, caseId, found.organisation_id, found.phones);
  const reply = route ? requesterNotification(change, found.reference, route.settings) : null;
  if (!route || !reply) return;
  await enqueueOutbound(tx, {
    accountId: route.account_id,
    organisationId: route.organisation_id,
    provider: route.provider,
    channel: route.channel,
    to: route.address,
    language: found.language,
    template: reply.key,
    body: channelText(found.language, reply.key, reply.params),
    purpose: 'case_update',
    caseId,
    dedupeKey: `case:${caseId}:event:${eventId}`,
  });
}

async function routeFor(
  tx: DbOrTx,
  caseId: string,
  organisationId: string | null,
  phones: readonly string[],
): Promise<Route | null> {
  const conversation = rowsOf<Route>(
    await tx.execute(sql`select a.id as account_id, a.organisation_id, a.provider, c.channel, c.address, a.settings
      from conversations c join channel_accounts a on a.id = c.account_id and a.enabled
      where c.case_id = ${caseId}::uuid and c.channel in ('whatsapp', 'sms', 'facebook')
      order by c.updated_at desc limit 1`),
  )[0];
  if (conversation) return conversation;
  const phone = phones[0];
  if (!organisationId || !phone) return null;
  const sms = rowsOf<Omit<Route, 'address' | 'channel'>>(
    await tx.execute(sql`select id as account_id, organisation_id, provider, settings from channel_accounts
      where organisation_id = ${organisationId}::uuid and enabled and provider in ('twilio', 'exotel')
      order by provider desc limit 1`),
  )[0];
  return sms ? { ...sms, channel: 'sms', address: phone } : null;
}
