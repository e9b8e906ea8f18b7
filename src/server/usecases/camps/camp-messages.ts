// What a camp's messages share: the organisation's number that reaches a phone (WhatsApp first, SMS otherwise, as
// outreach routes its asks), and how a camp's day, hours and slots read in a message (Kolkata time).
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Channel, Language, OutboundState, Provider } from '../../../shared/enums.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { campRegistrations, donors } from '../../db/schema/index.js';
import { campDay } from '../../domain/camps/camp-rules.js';
import type { Slot } from '../../domain/camps/slots.js';
import { enqueueOutbound, type OutboundDraft } from '../channels/enqueue-outbound.js';

export interface SenderAccount {
  id: string;
  provider: Provider;
}

const channelOf: Partial<Record<Provider, 'whatsapp' | 'sms'>> = { whatsapp: 'whatsapp', twilio: 'sms', exotel: 'sms' };

/** The organisation's enabled numbers that can reach a phone, WhatsApp first, then SMS. */
export async function senderAccounts(tx: DbOrTx, organisationId: string): Promise<SenderAccount[]> {
  return rowsOf<SenderAccount>(
    await tx.execute(sql`select id, provider from channel_accounts
      where organisation_id = ${organisationId}::uuid and enabled and provider in ('whatsapp', 'twilio', 'exotel')
      order by provider = 'whatsapp' desc, provider desc, created_at`),
  );
}

/** The person's channel when the organisation has a number on it, else its other one; null when it has none. */
export function routeFor(
  accounts: readonly SenderAccount[],
  preferred: Channel,
): { account: SenderAccount; channel: 'whatsapp' | 'sms' } | null {
  const exact = accounts.find((a) => channelOf[a.provider] === preferred);
  const account = exact ?? accounts[0];
  const channel = account ? channelOf[account.provider] : undefined;
  return account && channel ? { account, channel } : null;
}

const istOffsetMs = 5.5 * 3_600_000;

/** "09:30", Kolkata. */
export function kolkataTime(instant: Date): string {
  return new Date(instant.getTime() + istOffsetMs).toISOString().slice(11, 16);
}

/** "15-08-2026": how a day reads in a message. */
export const spokenDay = (day: string) => day.split('-').reverse().join('-');

/** The facts every camp message names. */
export function campFacts(camp: { title: string; venue: string; startsAt: Date; endsAt: Date }) {
  return {
    title: camp.title,
    venue: camp.venue,
    date: spokenDay(campDay(camp)),
    hours: `${kolkataTime(camp.startsAt)}–${kolkataTime(camp.endsAt)}`,
  };
}

/** "09:00–10:00". */
export const slotLabel = (slot: Slot) => `${kolkataTime(slot.startsAt)}–${kolkataTime(slot.endsAt)}`;

/** "1) 09:00 2) 10:00 …": the slots still open, numbered from 1 over all the camp's slots. */
export function numberedSlots(slots: ReadonlyArray<Slot & { free: number }>, now: Date): string {
  return slots
    .map((s, i) => ({ s, n: i + 1 }))
    .filter(({ s }) => s.free > 0 && s.endsAt.getTime() > now.getTime())
    .map(({ s, n }) => `${n}) ${kolkataTime(s.startsAt)}`)
    .join(' ');
}

/** A camp's message to one person, queued on the route chosen for them (routeFor). */
export function queueCampMessage(
  tx: DbOrTx,
  camp: { organisationId: string },
  route: { account: SenderAccount; channel: 'whatsapp' | 'sms' },
  to: { phone: string; language: Language },
  message: Pick<OutboundDraft, 'template' | 'body' | 'purpose' | 'dedupeKey' | 'notBefore'>,
  now: Date,
): Promise<OutboundState> {
  return enqueueOutbound(
    tx,
    {
      accountId: route.account.id,
      organisationId: camp.organisationId,
      provider: route.account.provider,
      channel: route.channel,
      to: to.phone,
      language: to.language,
      ...message,
    },
    now,
  );
}

/**
 * A camp's registrations matching `where` (beside the camp), with what decides whether and when their donor may be
 * messaged: STOP, consent, channel, hours (null for someone registered without a donor record).
 */
export function registrationsToMessage(tx: DbOrTx, campId: string, where: SQL | undefined) {
  return tx
    .select({
      registration: campRegistrations,
      optedOutAt: donors.optedOutAt,
      consentWithdrawnAt: donors.consentWithdrawnAt,
      preferredChannel: donors.preferredChannel,
      contactFrom: donors.contactFrom,
      contactTo: donors.contactTo,
    })
    .from(campRegistrations)
    .leftJoin(donors, eq(donors.id, campRegistrations.donorId))
    .where(and(eq(campRegistrations.campId, campId), where));
}
