// Thanking a held camp's donors, once (coordinators): everyone who came and was screened gets one message in their
// own language on their channel — those who gave hear how much the camp collected; those deferred hear when they may
// give again. Not to a donor who sent STOP or withdrew consent (the queue mutes an opted-out number too). The camp
// and each registration remember they were thanked, so a second call is a 409 and nobody hears twice.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { ThankResult } from '../../../shared/contracts/camps.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { campRegistrations, camps, organisations } from '../../db/schema/index.js';
import { channelText } from '../../i18n.js';
import { campConflict, lockCampFor, recordCampEvent } from './camp-access.js';
import {
  campFacts,
  queueCampMessage,
  registrationsToMessage,
  routeFor,
  senderAccounts,
  spokenDay,
} from './camp-messages.js';

export async function thankCampDonors(db: Db, actor: Actor, campId: string): Promise<ThankResult> {
  const now = new Date();
  return db.transaction(async (tx) => {
    const camp = await lockCampFor(tx, actor, campId, 'thank', now);
    const accounts = await senderAccounts(tx, camp.organisationId);
    if (accounts.length === 0) throw campConflict('no_channel');
    const rows = await registrationsToMessage(
      tx,
      camp.id,
      and(inArray(campRegistrations.state, ['donated', 'deferred']), isNull(campRegistrations.thankedAt)),
    );
    const [org] = await tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, camp.organisationId));
    const units = rows.reduce(
      (sum, r) => sum + (r.registration.state === 'donated' ? (r.registration.units ?? 0) : 0),
      0,
    );
    const facts = campFacts(camp);
    let queued = 0;
    let skipped = 0;
    const thanked: string[] = [];
    for (const { registration: r, optedOutAt, consentWithdrawnAt, preferredChannel } of rows) {
      const route = routeFor(accounts, preferredChannel ?? (r.source === 'sms' ? 'sms' : 'whatsapp'));
      if (optedOutAt || consentWithdrawnAt || !route) {
        skipped += 1;
        continue;
      }
      const key =
        r.state === 'donated'
          ? 'camp.thanks_donated'
          : r.deferralUntil
            ? 'camp.thanks_deferred'
            : 'camp.thanks_deferred_open';
      const body = [
        channelText(r.language, key, {
          organisation: org?.name ?? '',
          name: r.name,
          units,
          until: r.deferralUntil ? spokenDay(r.deferralUntil) : '',
          ...facts,
        }),
        channelText(r.language, 'camp.stop'),
      ].join(' ');
      const state = await queueCampMessage(
        tx,
        camp,
        route,
        r,
        { template: key, body, purpose: 'donor_thanks', dedupeKey: `camp-thanks:${r.id}` },
        now,
      );
      if (state === 'muted') skipped += 1;
      else queued += 1;
      thanked.push(r.id);
    }
    if (thanked.length > 0) {
      await tx.update(campRegistrations).set({ thankedAt: now }).where(inArray(campRegistrations.id, thanked));
    }
    await tx.update(camps).set({ thankedAt: now, updatedAt: now }).where(eq(camps.id, camp.id));
    await recordCampEvent(tx, camp, { type: 'thanked', actorId: actor.userId, at: now, details: { queued, skipped } });
    return { queued, skipped };
  });
}
