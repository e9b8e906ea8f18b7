// Registering for a camp by WhatsApp or SMS: "CAMP K7Q2" / "कैंप K7Q2" (optionally a slot number and the name:
// "CAMP K7Q2 2 Ramesh Kumar"). The sender's phone is registered with their registry donor's name when the camp's
// organisation knows them, else with the name given; without one we ask for it, and their next message (a name) is
// the answer. The first slot with a free place is taken unless a free one was named; the reply lists the open slots
// and a number sent back moves them there. What we asked last is read from our own last message to the sender (its
// template and key), so nothing new is stored between messages; anything that is not an answer to it goes on to
// the ordinary conversation. Camps are looked up only within the channel account's organisation.
import { and, eq, sql } from 'drizzle-orm';
import type { Language } from '../../../shared/enums.js';
import type { InboundMessage } from '../../channels/types.js';
import { rowsOf, type Tx } from '../../db/client.js';
import type { ChannelAccount } from '../../db/queries/channel-accounts.js';
import { campRegistrations, camps, donors, organisations } from '../../db/schema/index.js';
import { normaliseCampCode, parseCampCommand, readName, readSlotNumber } from '../../domain/camps/camp-code.js';
import { registrationRefusal } from '../../domain/camps/camp-rules.js';
import { slotPlaces } from '../../domain/camps/slots.js';
import { understand } from '../../domain/understanding/understand.js';
import { AppError } from '../../errors.js';
import { channelText } from '../../i18n.js';
import { enqueueOutbound } from '../channels/enqueue-outbound.js';
import { campPlace, recordCampEvent, type CampRegistrationRow, type CampRow } from './camp-access.js';
import { takenBySlot } from './camp-counts.js';
import { campFacts, kolkataTime, numberedSlots, slotLabel } from './camp-messages.js';
import { registerForCamp } from './register-for-camp.js';

export interface CampByMessage {
  handled: true;
  outcome: Record<string, unknown>;
}

/** How long our question (the name, a slot number) stays open for the sender's answer. */
export const campAnswerWindowMs = 30 * 60_000;

const devanagari = /[\u0900-\u097F]/u;
const pendingTemplates = ['camp.ask_name', 'camp.registered', 'camp.slot_changed', 'camp.slot_full'];

interface Pending {
  template: string;
  campId: string;
}

/** Our last message to the sender, when it was a camp question still open. */
async function pendingQuestion(tx: Tx, account: ChannelAccount, from: string, now: Date): Promise<Pending | null> {
  const [last] = rowsOf<{ template: string | null; dedupe_key: string; created_at: string | Date }>(
    await tx.execute(sql`select template, dedupe_key, created_at from outbox
      where to_address = ${from} and organisation_id = ${account.organisationId}::uuid
      order by created_at desc, id desc limit 1`),
  );
  if (!last?.template || !pendingTemplates.includes(last.template)) return null;
  if (now.getTime() - new Date(last.created_at).getTime() > campAnswerWindowMs) return null;
  const campId = /^camp-reply:([0-9a-f-]{36}):/.exec(last.dedupe_key)?.[1];
  return campId ? { template: last.template, campId } : null;
}

export async function campByMessage(
  tx: Tx,
  account: ChannelAccount,
  message: InboundMessage,
  now: Date,
): Promise<CampByMessage | null> {
  if (!message.fromIsPhone || !message.text || (message.channel !== 'whatsapp' && message.channel !== 'sms')) {
    return null;
  }
  const text = message.text;
  const command = parseCampCommand(text);
  let pending: Pending | null = null;
  if (!command) {
    pending = await pendingQuestion(tx, account, message.from, now);
    if (!pending) return null;
  }
  const code = command ? normaliseCampCode(command.code) : null;
  const [camp] = await tx
    .select()
    .from(camps)
    .where(
      and(
        eq(camps.organisationId, account.organisationId),
        pending ? eq(camps.id, pending.campId) : eq(camps.code, code ?? ''),
      ),
    )
    .for('no key update');
  const [donor] = await tx
    .select({ name: donors.name, bloodGroup: donors.bloodGroup, category: donors.category, language: donors.language })
    .from(donors)
    .where(and(eq(donors.organisationId, account.organisationId), eq(donors.phone, message.from)));
  const language: Language = devanagari.test(text) ? 'hi' : (donor?.language ?? 'en');
  const [org] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, account.organisationId));
  const say = async (template: string, params: Record<string, string | number>, campId: string | null) => {
    await enqueueOutbound(
      tx,
      {
        accountId: account.id,
        organisationId: account.organisationId,
        provider: account.provider,
        channel: message.channel,
        to: message.from,
        language,
        template,
        body: channelText(language, template, { organisation: org?.name ?? '', ...params }),
        purpose: 'reply',
        dedupeKey: `camp-reply:${campId ?? 'none'}:${message.provider}:${message.providerMessageId}`,
      },
      now,
    );
    return template;
  };
  const done = (outcome: Record<string, unknown>): CampByMessage => ({
    handled: true,
    outcome: { action: 'camp_registration', ...outcome },
  });

  if (!camp) {
    const reply = await say('camp.not_found', { code: code ?? command?.code ?? '' }, null);
    return done({ code, reply });
  }
  const facts = campFacts(camp);
  const [existing] = await tx
    .select()
    .from(campRegistrations)
    .where(and(eq(campRegistrations.campId, camp.id), eq(campRegistrations.phone, message.from)))
    .for('update');
  const live = existing && existing.state !== 'cancelled' ? existing : null;
  const places = async () => slotPlaces(camp, camp.slotCapacity, await takenBySlot(tx, camp.id));
  const slotText = (r: CampRegistrationRow) => (r.slotAt ? kolkataTime(r.slotAt) : '—');

  // An answer to "which slot?": move their registration there.
  if (pending && pending.template !== 'camp.ask_name') {
    const number = readSlotNumber(text);
    if (number === null || !live) return null;
    return done(await moveSlot(tx, camp, live, number, now, { say, places, facts }));
  }

  if (registrationRefusal(campPlace(camp), now)) {
    return done({ campId: camp.id, reply: await say('camp.closed', facts, camp.id) });
  }
  if (live) {
    const reply = await say('camp.already_registered', { ...facts, name: live.name, slot: slotText(live) }, camp.id);
    return done({ campId: camp.id, registrationId: live.id, reply });
  }
  // "CAMP K7Q2 2 Ramesh Kumar": a slot number first, then the name; either may be left out.
  const rest = command?.rest ?? text;
  const slotMatch = command ? /^(\S+)\s*(.*)$/u.exec(rest) : null;
  const askedSlot = slotMatch?.[1] ? readSlotNumber(slotMatch[1]) : null;
  const typedName = readName(askedSlot !== null ? (slotMatch?.[2] ?? '') : rest);
  // A plea or an offer sent while we waited for a name is not a name: the conversation takes it.
  const nameGiven = typedName && understand(typedName).kind === 'other' ? typedName : null;
  const name = donor?.name ?? nameGiven;
  if (!name) {
    if (pending) return null;
    return done({ campId: camp.id, reply: await say('camp.ask_name', facts, camp.id) });
  }
  const open = await places();
  const wanted = askedSlot !== null ? open[askedSlot - 1] : undefined;
  const slotAt =
    wanted && wanted.free > 0 && wanted.endsAt.getTime() > now.getTime() ? wanted.startsAt.toISOString() : undefined;
  let registration: CampRegistrationRow;
  try {
    registration = await registerForCamp(
      tx,
      camp,
      {
        name,
        phone: message.from,
        bloodGroup: donor?.bloodGroup ?? null,
        category: donor?.category ?? 'citizen',
        language,
        slotAt,
      },
      message.channel === 'sms' ? 'sms' : 'whatsapp',
      null,
      now,
    );
  } catch (error) {
    if (error instanceof AppError && error.code === 'camp_unavailable') {
      return done({ campId: camp.id, reply: await say('camp.no_free_slot', facts, camp.id) });
    }
    throw error;
  }
  const reply = await say(
    'camp.registered',
    { ...facts, name, slot: slotText(registration), slots: numberedSlots(await places(), now) },
    camp.id,
  );
  return done({ campId: camp.id, registrationId: registration.id, reply });
}

async function moveSlot(
  tx: Tx,
  camp: CampRow,
  registration: CampRegistrationRow,
  number: number,
  now: Date,
  helpers: {
    say: (template: string, params: Record<string, string | number>, campId: string | null) => Promise<string>;
    places: () => Promise<ReturnType<typeof slotPlaces>>;
    facts: ReturnType<typeof campFacts>;
  },
): Promise<Record<string, unknown>> {
  const { say, places, facts } = helpers;
  const open = await places();
  const slot = open[number - 1];
  const same = slot && registration.slotAt?.getTime() === slot.startsAt.getTime();
  const usable = slot && slot.endsAt.getTime() > now.getTime() && (same || slot.free > 0);
  if (!slot || !usable || registration.state !== 'registered' || registrationRefusal(campPlace(camp), now)) {
    const reply = await say('camp.slot_full', { ...facts, number, slots: numberedSlots(open, now) }, camp.id);
    return { campId: camp.id, registrationId: registration.id, reply };
  }
  if (!same) {
    await tx.update(campRegistrations).set({ slotAt: slot.startsAt }).where(eq(campRegistrations.id, registration.id));
    await recordCampEvent(tx, camp, {
      type: 'updated',
      actorId: null,
      at: now,
      registrationId: registration.id,
      details: { changed: ['slotAt'], slotAt: slot.startsAt.toISOString(), via: 'message' },
    });
  }
  const reply = await say('camp.slot_changed', { ...facts, slot: slotLabel(slot) }, camp.id);
  return { campId: camp.id, registrationId: registration.id, reply, slotAt: slot.startsAt.toISOString() };
}
