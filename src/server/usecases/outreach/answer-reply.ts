// The message a donor gets once their answer is recorded, in their language: where to go and whom to call when
// matched, a thank-you otherwise. It goes back the way the ask went (same account, channel and address), else by
// the organisation's account for the donor's channel; the requester's number is never in it.
import { sql } from 'drizzle-orm';
import type { Channel, Language, Provider } from '../../../shared/enums.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import type { AnswerEffect } from '../../domain/outreach/answer-outcome.js';
import { channelText } from '../../i18n.js';
import type { IsoDay } from '../../domain/blood/calendar.js';
import { enqueueOutbound } from '../channels/enqueue-outbound.js';
import { spokenDay } from '../transfusion-bookings/booking-messages.js';
import type { AskPlace } from './answer-contact.js';

export interface ReplyRoute {
  accountId: string;
  provider: Provider;
  channel: Channel;
  to: string;
}

export interface AnswerReply {
  askId: string;
  caseId: string;
  organisationId: string;
  outboxId: string | null;
  donor: { name: string; phone: string; language: Language; preferredChannel: Channel };
  reference: string;
  effect: AnswerEffect;
  /** For a match: what the donor gives, and where. */
  need: string;
  place: AskPlace;
  /** For a match: the day to come when it is not today (domain/outreach/ask-day.ts). */
  day: IsoDay | null;
  deskPhone: string | null;
}

/** Queues the reply in the caller's transaction; nothing is queued when the organisation has no way to reach them. */
export async function queueAnswerReply(tx: DbOrTx, reply: AnswerReply, via: ReplyRoute | null, now: Date) {
  const route = via ?? (await routeOfAsk(tx, reply.outboxId)) ?? (await organisationRoute(tx, reply));
  if (!route) return;
  const language = reply.donor.language;
  const base = { name: reply.donor.name, reference: reply.reference };
  // A match for a later day names the day (domain/outreach/ask-day.ts); the outbox records which text went out.
  const template = reply.effect === 'matched' && reply.day ? 'donor_answer.matched_on' : `donor_answer.${reply.effect}`;
  const body =
    reply.effect === 'matched'
      ? [
          channelText(language, template, {
            ...base,
            need: reply.need,
            place: placeText(reply.place),
            ...(reply.day ? { date: spokenDay(reply.day) } : {}),
          }),
          reply.deskPhone
            ? channelText(language, 'donor_answer.contact_phone', { phone: reply.deskPhone })
            : channelText(language, 'donor_answer.contact_none'),
        ].join(' ')
      : channelText(language, template, base);
  await enqueueOutbound(
    tx,
    {
      accountId: route.accountId,
      organisationId: reply.organisationId,
      provider: route.provider,
      channel: route.channel,
      to: route.to,
      language,
      template,
      body,
      purpose: 'reply',
      caseId: reply.caseId,
      // One reply per ask: the first answer is the one that counts.
      dedupeKey: `donor-answer:${reply.askId}`,
    },
    now,
  );
}

function placeText(place: AskPlace): string {
  return place.hospital ? `${place.hospital}, ${place.area}` : place.area;
}

async function routeOfAsk(tx: DbOrTx, outboxId: string | null): Promise<ReplyRoute | null> {
  if (!outboxId) return null;
  const rows = rowsOf<{ account_id: string; provider: Provider; channel: Channel; to_address: string }>(
    await tx.execute(sql`select o.account_id, a.provider, o.channel, o.to_address from outbox o
      join channel_accounts a on a.id = o.account_id and a.enabled where o.id = ${outboxId}::uuid`),
  );
  const row = rows[0];
  return row ? { accountId: row.account_id, provider: row.provider, channel: row.channel, to: row.to_address } : null;
}

async function organisationRoute(tx: DbOrTx, reply: AnswerReply): Promise<ReplyRoute | null> {
  const providers: Provider[] = reply.donor.preferredChannel === 'whatsapp' ? ['whatsapp'] : ['twilio', 'exotel'];
  const rows = rowsOf<{ id: string; provider: Provider }>(
    await tx.execute(sql`select id, provider from channel_accounts
      where organisation_id = ${reply.organisationId}::uuid and enabled
        and provider = any(${`{${providers.join(',')}}`}::text[])
      order by provider desc limit 1`),
  );
  const row = rows[0];
  if (!row) return null;
  return {
    accountId: row.id,
    provider: row.provider,
    channel: row.provider === 'whatsapp' ? 'whatsapp' : 'sms',
    to: reply.donor.phone,
  };
}
