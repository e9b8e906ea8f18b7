// How the organisation reaches a phone on a channel: its enabled WhatsApp account for WhatsApp, else its SMS
// account (Twilio or Exotel) — the borrower's reminders and RETURN replies, and the coordinators' overdue message.
import { sql } from 'drizzle-orm';
import type { Channel, Provider } from '../../../shared/enums.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';

export interface MessageRoute {
  accountId: string;
  provider: Provider;
  channel: Channel;
}

export async function messageRoute(
  tx: DbOrTx,
  organisationId: string,
  preferred: Channel,
): Promise<MessageRoute | null> {
  const rows = rowsOf<{ id: string; provider: Provider }>(
    await tx.execute(sql`select id, provider from channel_accounts
      where organisation_id = ${organisationId}::uuid and enabled and provider in ('whatsapp', 'twilio', 'exotel')
      order by (provider = 'whatsapp') = ${preferred === 'whatsapp'} desc, provider desc limit 1`),
  );
  const row = rows[0];
  if (!row) return null;
  return { accountId: row.id, provider: row.provider, channel: row.provider === 'whatsapp' ? 'whatsapp' : 'sms' };
}
