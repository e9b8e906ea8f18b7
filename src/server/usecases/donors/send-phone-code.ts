// Sends a one-time code to a phone for the public donor pages, through the outbound queue like every other message
// (so the provider simulator shows it in the demo), in the person's language, by WhatsApp or SMS. The code row and
// the message are written together; only the code's HMAC is kept.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Channel, Language, Provider } from '../../../shared/enums.js';
import { rowsOf, type Db } from '../../db/client.js';
import { phoneCodes } from '../../db/schema/index.js';
import {
  hashPhoneCode,
  maySendPhoneCode,
  newPhoneCode,
  phoneCodePolicy,
  type PhoneCodePurpose,
} from '../../domain/donors/phone-code.js';
import { channelText } from '../../i18n.js';
import { enqueueOutbound } from '../channels/enqueue-outbound.js';

export interface PhoneCodeRequest {
  phone: string;
  purpose: PhoneCodePurpose;
  language: Language;
  channel: 'whatsapp' | 'sms';
  /** The organisation whose number should send it (the donor's, or the one serving their district). */
  organisationId: string | null;
}

const providersFor: Record<'whatsapp' | 'sms', readonly Provider[]> = {
  whatsapp: ['whatsapp'],
  sms: ['twilio', 'exotel'],
};
const channelOf: Partial<Record<Provider, Channel>> = { twilio: 'sms', exotel: 'sms', whatsapp: 'whatsapp' };

/** Returns whether a message was queued (false when no number anywhere can send one, or a code went out to the
 * phone less than a minute ago: that code still works, and a burst of requests sends one message, not five). */
export async function sendPhoneCode(
  db: Db,
  request: PhoneCodeRequest,
  secret: string,
  now = new Date(),
): Promise<boolean> {
  const wanted = providersFor[request.channel];
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`phone-code:${request.purpose}:${request.phone}`}))`);
    const [newest] = rowsOf<{ created_at: Date | string }>(
      await tx.execute(sql`select created_at from phone_codes
        where phone = ${request.phone} and purpose = ${request.purpose}
        order by created_at desc limit 1`),
    );
    if (!maySendPhoneCode(newest ? new Date(newest.created_at) : null, now)) return false;
    // The organisation's own number on the channel asked for; else its other channel; else anyone's.
    const account = rowsOf<{ id: string; provider: Provider; organisation_id: string | null }>(
      await tx.execute(sql`select a.id, a.provider, a.organisation_id from channel_accounts a
        where a.enabled and a.provider in ('twilio', 'exotel', 'whatsapp')
        order by (a.organisation_id is not distinct from ${request.organisationId}::uuid) desc,
          (a.provider in (${sql.join(
            wanted.map((p) => sql`${p}`),
            sql`, `,
          )})) desc,
          a.created_at
        limit 1`),
    )[0];
    const channel = account ? channelOf[account.provider] : undefined;
    if (!account || !channel) return false;
    const code = newPhoneCode();
    await tx.insert(phoneCodes).values({
      phone: request.phone,
      purpose: request.purpose,
      codeHash: hashPhoneCode(code, request.phone, request.purpose, secret),
      createdAt: now,
      expiresAt: new Date(now.getTime() + phoneCodePolicy.validMinutes * 60_000),
    });
    await enqueueOutbound(
      tx,
      {
        accountId: account.id,
        organisationId: account.organisation_id,
        provider: account.provider,
        channel,
        to: request.phone,
        language: request.language,
        template: request.purpose,
        body: channelText(request.language, `donor_code.${request.purpose}`, {
          code,
          minutes: phoneCodePolicy.validMinutes,
        }),
        purpose: 'donor_code',
        dedupeKey: `phone-code:${request.purpose}:${request.phone}:${randomUUID()}`,
        // A code the person has just asked for reaches them even if they once replied STOP to case updates.
        ignoreOptOut: true,
      },
      now,
    );
    return true;
  });
}
