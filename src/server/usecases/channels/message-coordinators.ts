// An overdue critical case reaches its coordinators' phones, not only their in-app notifications: over the
// organisation's WhatsApp number if it has one, else its SMS number, in each coordinator's language.
import { sql } from 'drizzle-orm';
import type { Channel, Language, Provider } from '../../../shared/enums.js';
import { rowsOf, type Tx } from '../../db/client.js';
import { textArray } from '../../db/sql-helpers.js';
import { escalationReply } from '../../domain/channels/outbound/notify-policy.js';
import { channelText } from '../../i18n.js';
import { districtDirectory } from '../../db/queries/districts.js';
import { enqueueOutbound } from './enqueue-outbound.js';

interface OverdueCase {
  id: string;
  reference: string;
  districtCode: string;
  organisationId: string | null;
  fulfilDueAt: Date;
  responseDueAt: Date;
  firstResponseAt: Date | null;
}

const channelOf: Partial<Record<Provider, Channel>> = { whatsapp: 'whatsapp', twilio: 'sms', exotel: 'sms' };

export async function messageCoordinators(tx: Tx, c: OverdueCase, userIds: string[], now: Date): Promise<void> {
  if (userIds.length === 0) return;
  const people = rowsOf<{ id: string; phone: string; language: Language; organisation_id: string | null }>(
    await tx.execute(sql`select distinct on (u.id) u.id, u.phone, u.preferred_language as language, m.organisation_id
      from users u join memberships m on m.user_id = u.id and m.role = 'coordinator'
      where u.id = any(${textArray(userIds)}::uuid[])
      order by u.id, (m.organisation_id = ${c.organisationId}::uuid) desc nulls last`),
  );
  const district = (await districtDirectory(tx)).get(c.districtCode);
  const due = c.firstResponseAt === null && c.responseDueAt < c.fulfilDueAt ? c.responseDueAt : c.fulfilDueAt;
  const minutes = (now.getTime() - due.getTime()) / 60_000;
  for (const person of people) {
    const organisationId = c.organisationId ?? person.organisation_id;
    if (!organisationId || !person.phone) continue;
    const account = rowsOf<{ id: string; provider: Provider }>(
      await tx.execute(sql`select id, provider from channel_accounts
        where organisation_id = ${organisationId}::uuid and enabled and provider in ('whatsapp', 'twilio', 'exotel')
        order by (provider = 'whatsapp') desc, provider limit 1`),
    )[0];
    const channel = account ? channelOf[account.provider] : undefined;
    if (!account || !channel) continue;
    const reply = escalationReply(
      c.reference,
      person.language === 'hi' ? (district?.nameHi ?? '') : (district?.name ?? ''),
      minutes,
    );
    await enqueueOutbound(tx, {
      accountId: account.id,
      organisationId,
      provider: account.provider,
      channel,
      to: person.phone,
      language: person.language,
      template: reply.key,
      body: channelText(person.language, reply.key, reply.params),
      purpose: 'escalation',
      caseId: c.id,
      recipientUserId: person.id,
      dedupeKey: `escalation:${c.id}:${person.id}`,
    });
  }
}
