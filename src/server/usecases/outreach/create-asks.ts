// Asks donors for a need, inside the caller's transaction (the case row is locked): one donor_asks row per donor,
// its message on the outbound queue in the donor's language and channel — what is needed, where, how to answer
// (YES/NO, हाँ/नहीं, 1/2, or the signed link) — held until the quiet hours or the donor's contact hours end unless
// the case is critical, and the donor's and the case's history. Nothing here decides who is asked: the rules did.
import { sql } from 'drizzle-orm';
import type { Channel, DonorAskKind, Language, Provider } from '../../../shared/enums.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { donorEvents } from '../../db/schema/index.js';
import { laterAskDay } from '../../domain/outreach/ask-day.js';
import { answerLink } from '../../domain/outreach/answer-token.js';
import { sendAfter } from '../../domain/outreach/send-time.js';
import { AppError } from '../../errors.js';
import { channelText } from '../../i18n.js';
import { recordCaseEvent } from '../cases/case-context.js';
import { enqueueOutbound } from '../channels/enqueue-outbound.js';
import { spokenDay } from '../transfusion-bookings/booking-messages.js';
import { askPlace } from './answer-contact.js';
import type { MatchedDonor } from './match-need.js';
import type { NeedContext } from './need-context.js';

/** What signs the links donors answer by. */
export interface AnswerLinks {
  secret: string;
  publicUrl: string;
}

interface Account {
  id: string;
  provider: Provider;
}

const channelOf: Partial<Record<Provider, 'whatsapp' | 'sms'>> = { whatsapp: 'whatsapp', twilio: 'sms', exotel: 'sms' };

/** The organisation's numbers that can reach a phone, WhatsApp first, then SMS (Twilio before Exotel). */
async function senderAccounts(tx: DbOrTx, organisationId: string): Promise<Account[]> {
  return rowsOf<Account>(
    await tx.execute(sql`select id, provider from channel_accounts
      where organisation_id = ${organisationId}::uuid and enabled and provider in ('whatsapp', 'twilio', 'exotel')
      order by provider = 'whatsapp' desc, provider desc, created_at`),
  );
}

/** The donor's channel when the organisation has a number on it, else its other one. */
function routeFor(accounts: Account[], preferred: Channel): { account: Account; channel: 'whatsapp' | 'sms' } | null {
  const exact = accounts.find((a) => channelOf[a.provider] === preferred);
  const account = exact ?? accounts[0];
  const channel = account ? channelOf[account.provider] : undefined;
  return account && channel ? { account, channel } : null;
}

export interface AskPlan {
  donor: MatchedDonor;
  kind: DonorAskKind;
  wave: number;
}

/** Creates the asks; throws `outreach_unavailable` (no_channel) when the organisation has no number to ask from. */
export async function createAsks(
  tx: DbOrTx,
  context: NeedContext,
  plans: readonly AskPlan[],
  actorId: string | null,
  links: AnswerLinks,
  now: Date,
): Promise<string[]> {
  const organisation = context.organisation;
  if (plans.length === 0 || !organisation || !context.products) return [];
  const accounts = await senderAccounts(tx, organisation.id);
  if (accounts.length === 0) throw new AppError('outreach_unavailable', { reasonKey: 'outreach.no_channel' });
  const critical = context.priority === 'critical';
  const laterDay = laterAskDay(context.caseRow, now);
  const template = laterDay ? 'donor_ask.ask_on' : 'donor_ask.ask';
  const places = new Map<Language, string>();
  const created: string[] = [];
  for (const { donor, kind, wave } of plans) {
    const route = routeFor(accounts, donor.preferredChannel);
    if (!route) continue;
    const after = sendAfter({
      now,
      critical,
      quietHours: context.policy.quietHours,
      contactFrom: donor.contactFrom,
      contactTo: donor.contactTo,
    });
    // One ask per donor and need; one cancelled before it went out (outreach stopped) may be asked again.
    const [ask] = rowsOf<{ id: string }>(
      await tx.execute(sql`insert into donor_asks (organisation_id, case_id, need_id, donor_id, phone, kind, state,
          wave, distance_km, asked_by_id, asked_at, send_after, sent_at)
        values (${organisation.id}::uuid, ${context.caseRow.id}::uuid, ${context.need.id}::uuid, ${donor.id}::uuid,
          ${donor.phone}, ${kind}, ${after ? 'queued' : 'sent'}, ${wave}, ${donor.distanceKm}, ${actorId}::uuid,
          ${now.toISOString()}::timestamptz, ${after?.toISOString() ?? null}::timestamptz,
          ${after ? null : now.toISOString()}::timestamptz)
        on conflict (need_id, donor_id) do update set kind = excluded.kind, state = excluded.state,
          wave = excluded.wave, distance_km = excluded.distance_km, asked_by_id = excluded.asked_by_id,
          asked_at = excluded.asked_at, send_after = excluded.send_after, sent_at = excluded.sent_at,
          answered_at = null, answer_channel = null, outbox_id = null
        where donor_asks.state = 'cancelled'
        returning id`),
    );
    if (!ask) continue;
    const language = donor.language;
    let place = places.get(language);
    if (place === undefined) {
      const p = await askPlace(tx, context.caseRow, language);
      place = p.hospital ? `${p.hospital}, ${p.area}` : p.area;
      places.set(language, place);
    }
    const units = context.unitsStillNeeded;
    const body = [
      channelText(language, template, {
        organisation: organisation.name,
        name: donor.name,
        need: [context.need.bloodGroup, channelText(language, `donor_thanks.product.${context.products.donorProduct}`)]
          .filter(Boolean)
          .join(' '),
        units: channelText(language, units === 1 ? 'donor_ask.units_one' : 'donor_ask.units_other', { count: units }),
        place,
        link: answerLink(links.publicUrl, ask.id, links.secret),
        ...(laterDay ? { date: spokenDay(laterDay) } : {}),
      }),
      channelText(language, 'donor_ask.stop'),
    ].join(' ');
    const dedupeKey = `donor-ask:${ask.id}:${now.getTime()}`;
    await enqueueOutbound(
      tx,
      {
        accountId: route.account.id,
        organisationId: organisation.id,
        provider: route.account.provider,
        channel: route.channel,
        to: donor.phone,
        language,
        template,
        body,
        purpose: 'donor_ask',
        caseId: context.caseRow.id,
        dedupeKey,
        ...(after ? { notBefore: after } : {}),
      },
      now,
    );
    await tx.execute(sql`update donor_asks set outbox_id = (select id from outbox where dedupe_key = ${dedupeKey})
      where id = ${ask.id}::uuid`);
    await tx.execute(sql`update donors set times_asked = times_asked + 1, last_asked_at = ${now.toISOString()}::timestamptz
      where id = ${donor.id}::uuid`);
    const details = {
      askId: ask.id,
      needId: context.need.id,
      kind,
      wave,
      distanceKm: Math.round(donor.distanceKm * 10) / 10,
      sendAfter: after?.toISOString() ?? null,
    };
    await tx.insert(donorEvents).values({
      donorId: donor.id,
      organisationId: organisation.id,
      type: 'asked',
      actorId,
      at: now,
      caseId: context.caseRow.id,
      details,
    });
    await recordCaseEvent(tx, {
      caseId: context.caseRow.id,
      actorId,
      type: 'donor_asked',
      after: { ...details, donorId: donor.id, donorName: donor.name, bloodGroup: donor.bloodGroup },
      at: now,
    });
    created.push(ask.id);
  }
  return created;
}
