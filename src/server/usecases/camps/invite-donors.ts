// Inviting the registry's eligible donors near the venue to a camp (coordinators, while registrations are open):
// outreach's candidate search (db/queries/donor-candidates.ts — the organisation's donors within the radius who may
// give whole blood on the camp's day, nearest first; consent withdrawn and STOP left out) and its contact limit
// (domain/outreach/fatigue.ts: at most N asks of a phone in 30 days; the candidate read counts camp invitations with
// the asks for cases, so a donor asked for a case is not invited past the limit, nor asked for a case after it). Each
// invitation is a camp_invitations row (what the limit counts), a message with the public registration link in the
// donor's language, held for the organisation's quiet hours and the donor's contact hours (outreach's send-time
// rule), and a line in the donor's history. Donors registered for the camp or invited to it before are not invited
// again.
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { campPublicPath, type inviteBody, type InviteResult } from '../../../shared/contracts/camps.js';
import { aboRhGroups } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf, type Db, type DbOrTx } from '../../db/client.js';
import { bloodPolicyFor } from '../../db/queries/blood-policies.js';
import { findDonorCandidates } from '../../db/queries/donor-candidates.js';
import { campInvitations, donorEvents, organisations } from '../../db/schema/index.js';
import { campDay } from '../../domain/camps/camp-rules.js';
import { fatigue, fatigueWindowStart } from '../../domain/outreach/fatigue.js';
import { sendAfter } from '../../domain/outreach/send-time.js';
import { channelText } from '../../i18n.js';
import { enqueueOutbound } from '../channels/enqueue-outbound.js';
import { campConflict, lockCampFor, recordCampEvent, type CampRow } from './camp-access.js';
import { campFacts, routeFor, senderAccounts } from './camp-messages.js';

type InviteInput = z.output<typeof inviteBody>;

/** Phones registered for the camp (not cancelled) or invited to it before. */
async function alreadyReached(tx: DbOrTx, campId: string): Promise<Set<string>> {
  const rows = rowsOf<{ phone: string }>(
    await tx.execute(sql`select phone from camp_registrations where camp_id = ${campId}::uuid and state <> 'cancelled'
      union
      select phone from camp_invitations where camp_id = ${campId}::uuid`),
  );
  return new Set(rows.map((r) => r.phone));
}

export async function inviteDonors(
  db: Db,
  actor: Actor,
  campId: string,
  body: InviteInput,
  publicUrl: string,
): Promise<InviteResult> {
  const now = new Date();
  return db.transaction(async (tx) => {
    const camp: CampRow = await lockCampFor(tx, actor, campId, 'invite', now);
    const accounts = await senderAccounts(tx, camp.organisationId);
    if (accounts.length === 0) throw campConflict('no_channel');
    const policy = await bloodPolicyFor(tx, camp.organisationId);
    const candidates = await findDonorCandidates(tx, {
      organisationId: camp.organisationId,
      districtCodes: null,
      groups: body.bloodGroups ?? [...aboRhGroups],
      phenotype: null,
      product: 'whole_blood',
      today: campDay(camp),
      centre: { lat: camp.lat, lon: camp.lon },
      radiusKm: body.radiusKm,
      asksSince: fatigueWindowStart(now),
      excludeNeedId: null,
      // Some will be skipped for the limits: read more than the invitations wanted.
      limit: Math.min(2000, body.limit * 3),
    });
    const reached = await alreadyReached(tx, camp.id);
    const [org] = await tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(sql`${organisations.id} = ${camp.organisationId}::uuid`);
    const skipped = { alreadyRegistered: 0, contactLimit: 0, optedOut: 0, notEligible: 0 };
    const invited: string[] = [];
    const link = `${publicUrl}${campPublicPath(camp.code)}`;
    const facts = campFacts(camp);
    for (const donor of candidates) {
      if (invited.length >= body.limit) break;
      if (donor.distanceKm > body.radiusKm) continue;
      if (reached.has(donor.phone)) {
        skipped.alreadyRegistered += 1;
        continue;
      }
      if (donor.optedOut || donor.consentWithdrawn) {
        skipped.optedOut += 1;
        continue;
      }
      if (donor.eligibleFrom === null || donor.eligibleFrom > campDay(camp)) {
        skipped.notEligible += 1;
        continue;
      }
      // Asks for cases and camp invitations alike, counted by the candidate read (askCountsJoin).
      if (fatigue(donor.asksInWindow, donor.lastAskedAt, now, policy).fatigued) {
        skipped.contactLimit += 1;
        continue;
      }
      const route = routeFor(accounts, donor.preferredChannel);
      if (!route) continue;
      const after = sendAfter({
        now,
        critical: false,
        quietHours: policy.quietHours,
        contactFrom: donor.contactFrom,
        contactTo: donor.contactTo,
      });
      const language = donor.language;
      const text = [
        channelText(language, 'camp.invite', {
          organisation: org?.name ?? '',
          name: donor.name,
          code: camp.code,
          link,
          ...facts,
        }),
        channelText(language, 'camp.stop'),
      ].join(' ');
      await enqueueOutbound(
        tx,
        {
          accountId: route.account.id,
          organisationId: camp.organisationId,
          provider: route.account.provider,
          channel: route.channel,
          to: donor.phone,
          language,
          template: 'camp.invite',
          body: text,
          purpose: 'donor_ask',
          dedupeKey: `camp-invite:${camp.id}:${donor.id}`,
          ...(after ? { notBefore: after } : {}),
        },
        now,
      );
      await tx.insert(campInvitations).values({
        campId: camp.id,
        organisationId: camp.organisationId,
        donorId: donor.id,
        phone: donor.phone,
        invitedAt: now,
      });
      await tx.insert(donorEvents).values({
        donorId: donor.id,
        organisationId: camp.organisationId,
        type: 'asked',
        actorId: actor.userId,
        at: now,
        details: { campId: camp.id, campCode: camp.code, invitation: true, sendAfter: after?.toISOString() ?? null },
      });
      invited.push(donor.phone);
    }
    await recordCampEvent(tx, camp, {
      type: 'invited',
      actorId: actor.userId,
      at: now,
      details: { invited: invited.length, skipped, radiusKm: body.radiusKm },
    });
    return { invited: invited.length, skipped };
  });
}
