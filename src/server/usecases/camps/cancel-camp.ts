// Cancelling a planned camp (coordinators), with the reason: registrations close, the public page says so, and every
// donor still registered hears it in their own language on their channel (not one who sent STOP or withdrew consent;
// never in the quiet hours), in the same transaction: a refused cancel tells nobody.
import { eq, inArray } from 'drizzle-orm';
import type { CampDetail, CancelCampBody } from '../../../shared/contracts/camps.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { bloodPolicyFor } from '../../db/queries/blood-policies.js';
import { campRegistrations, camps, organisations } from '../../db/schema/index.js';
import { sendAfter } from '../../domain/outreach/send-time.js';
import { channelText } from '../../i18n.js';
import { lockCampFor, recordCampEvent, type CampRow } from './camp-access.js';
import { campFacts, queueCampMessage, registrationsToMessage, routeFor, senderAccounts } from './camp-messages.js';
import { presentCampDetail } from './present-camp.js';

export async function cancelCamp(db: Db, actor: Actor, campId: string, body: CancelCampBody): Promise<CampDetail> {
  const now = new Date();
  const row = await db.transaction(async (tx) => {
    const camp = await lockCampFor(tx, actor, campId, 'cancel', now);
    const [updated] = await tx
      .update(camps)
      .set({ state: 'cancelled', updatedAt: now })
      .where(eq(camps.id, camp.id))
      .returning();
    if (!updated) throw new Error('camp cancel returned nothing');
    const told = await tellRegisteredDonors(tx, camp, now);
    await recordCampEvent(tx, camp, {
      type: 'cancelled',
      actorId: actor.userId,
      at: now,
      details: { reason: body.reason, ...told },
    });
    return updated;
  });
  return presentCampDetail(db, actor, row, now);
}

/** One message to each donor still registered; how many were queued and how many could not be told. */
async function tellRegisteredDonors(tx: DbOrTx, camp: CampRow, now: Date): Promise<{ told: number; notTold: number }> {
  const rows = await registrationsToMessage(
    tx,
    camp.id,
    inArray(campRegistrations.state, ['registered', 'checked_in']),
  );
  if (rows.length === 0) return { told: 0, notTold: 0 };
  const accounts = await senderAccounts(tx, camp.organisationId);
  const policy = await bloodPolicyFor(tx, camp.organisationId);
  const [org] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, camp.organisationId));
  const facts = campFacts(camp);
  let told = 0;
  let notTold = 0;
  for (const { registration: r, optedOutAt, consentWithdrawnAt, preferredChannel, contactFrom, contactTo } of rows) {
    const route = routeFor(accounts, preferredChannel ?? (r.source === 'sms' ? 'sms' : 'whatsapp'));
    if (optedOutAt || consentWithdrawnAt || !route) {
      notTold += 1;
      continue;
    }
    const after = sendAfter({
      now,
      critical: false,
      quietHours: policy.quietHours,
      // Someone who registered on the page alone has no hours of their own: any time outside the quiet hours.
      contactFrom: contactFrom ?? 0,
      contactTo: contactTo ?? 0,
    });
    const state = await queueCampMessage(
      tx,
      camp,
      route,
      r,
      {
        template: 'camp.cancelled',
        body: [
          channelText(r.language, 'camp.cancelled', { organisation: org?.name ?? '', name: r.name, ...facts }),
          channelText(r.language, 'camp.stop'),
        ].join(' '),
        purpose: 'donor_notice',
        dedupeKey: `camp-cancelled:${r.id}`,
        ...(after ? { notBefore: after } : {}),
      },
      now,
    );
    if (state === 'muted') notTold += 1;
    else told += 1;
  }
  return { told, notTold };
}
