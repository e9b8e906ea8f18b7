// What a demo leaves behind that must not outlive it: people who sign in with the published password and
// channel accounts that accept webhooks signed with the published secrets.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import {
  camps,
  certificates,
  channelAccounts,
  donors,
  rosterMembers,
  sessions,
  sponsors,
  transfusionBookings,
  transfusionPatients,
  transfusions,
  users,
} from '../schema/index.js';
import { demoChannelDefaults } from './demo-channel-defaults.js';
import { forgetEverywhere } from '../../infrastructure/cache.js';
import { recordAuditEvent } from '../../usecases/audit/record-audit-event.js';
import { systemActorId } from '../../usecases/system-actor.js';
import { sponsorTokenHash } from '../../usecases/sponsors/create-sponsor-link.js';
import { demoSponsorToken, sponsorSpecs } from './demo-lending.js';
import { demoPeople } from './demo-people.js';
import { demoGuardianPhones, demoTodaysCamp } from './demo-thalassemia.js';

/** Every secret value the README publishes for the demo's channel accounts. */
export const publishedDemoSecrets: ReadonlySet<string> = new Set([
  ...Object.entries(demoChannelDefaults.env)
    .filter(([key]) => /SECRET|TOKEN|API_KEY/.test(key))
    .map(([, value]) => value),
  ...demoChannelDefaults.extraAccounts.flatMap((a) => Object.values(a.secrets)),
]);

export interface DemoLeftovers {
  people: number;
  channelAccounts: number;
}

const demoPhones = demoPeople.map((p) => p.phone);

async function demoAccountIds(db: Db): Promise<string[]> {
  const rows = await db
    .select({ id: channelAccounts.id, secrets: channelAccounts.secrets })
    .from(channelAccounts)
    .where(eq(channelAccounts.enabled, true));
  return rows.filter((r) => Object.values(r.secrets).some((v) => publishedDemoSecrets.has(v))).map((r) => r.id);
}

export async function findDemoLeftovers(db: Db): Promise<DemoLeftovers> {
  const [people] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(inArray(users.phone, demoPhones), eq(users.isActive, true)));
  return { people: people?.n ?? 0, channelAccounts: (await demoAccountIds(db)).length };
}

/**
 * Ends the demo on a database that is to serve for real: the demo people can no longer sign in (their sessions
 * end; their records stay, so history keeps its names), the demo channel accounts stop taking webhooks and the
 * demo's blood donors are never asked, and the demo sponsors' pages (their links are derived from published names)
 * close. The demo's thalassemia children (their guardians' phones are made up) leave care — their open
 * transfusions and bookings cancelled, their rosters emptied, so no guardian or donor is messaged — and the demo
 * donors' certificates are revoked, so the public check never calls a made-up certificate valid.
 */
export async function removeDemo(
  db: Db,
): Promise<DemoLeftovers & { donors: number; sponsorLinks: number; children: number; certificates: number }> {
  const accountIds = await demoAccountIds(db);
  return db.transaction(async (tx) => {
    const people = await tx
      .update(users)
      .set({ isActive: false, updatedAt: new Date() })
      .where(and(inArray(users.phone, demoPhones), eq(users.isActive, true)))
      .returning({ id: users.id });
    if (people.length > 0) {
      await tx.delete(sessions).where(
        inArray(
          sessions.userId,
          people.map((p) => p.id),
        ),
      );
    }
    if (accountIds.length > 0) {
      await tx
        .update(channelAccounts)
        .set({ enabled: false, updatedAt: new Date() })
        .where(inArray(channelAccounts.id, accountIds));
    }
    for (const person of people) {
      await recordAuditEvent(tx, {
        actorId: systemActorId,
        action: 'user.updated',
        subjectType: 'user',
        subjectId: person.id,
        details: { isActive: false, reason: 'demo removed' },
      });
    }
    for (const id of accountIds) {
      await recordAuditEvent(tx, {
        actorId: systemActorId,
        action: 'channel.updated',
        subjectType: 'channel_account',
        subjectId: id,
        details: { enabled: false, reason: 'demo removed' },
      });
    }
    // The demo's donors have made-up numbers that may be someone's real phone: they are never asked for blood once
    // the demo ends. Kept (their donations stay in the figures) as a donor who withdrew consent is.
    const now = new Date();
    const demoDonors = await tx
      .update(donors)
      .set({ consentWithdrawnAt: now, optedOutAt: now, updatedAt: now })
      .where(and(eq(donors.source, 'demo'), isNull(donors.consentWithdrawnAt)))
      .returning({ id: donors.id });
    const closedLinks = await tx
      .update(sponsors)
      .set({ linkTokenHash: null, linkCreatedAt: null, updatedAt: now })
      .where(
        inArray(
          sponsors.linkTokenHash,
          sponsorSpecs.map((spec) => sponsorTokenHash(demoSponsorToken(spec.name))),
        ),
      )
      .returning({ id: sponsors.id });
    const children = await tx
      .update(transfusionPatients)
      .set({ state: 'ended', consentWithdrawnAt: now, updatedAt: now })
      .where(
        and(
          inArray(transfusionPatients.guardianPhone, [...demoGuardianPhones]),
          isNull(transfusionPatients.consentWithdrawnAt),
        ),
      )
      .returning({ id: transfusionPatients.id });
    const childIds = children.map((c) => c.id);
    if (childIds.length > 0) {
      await tx
        .update(transfusionBookings)
        .set({ state: 'cancelled' })
        .where(
          and(
            inArray(transfusionBookings.patientId, childIds),
            inArray(transfusionBookings.state, ['booked', 'confirmed']),
          ),
        );
      await tx
        .update(transfusions)
        .set({ state: 'cancelled', updatedAt: now })
        .where(and(inArray(transfusions.patientId, childIds), inArray(transfusions.state, ['planned', 'covered'])));
      await tx
        .update(rosterMembers)
        .set({ removedAt: now, removedReason: 'demo removed' })
        .where(and(inArray(rosterMembers.patientId, childIds), isNull(rosterMembers.removedAt)));
    }
    // The demo's camp to come is called off, so its page takes no more registrations.
    await tx
      .update(camps)
      .set({ state: 'cancelled', updatedAt: now })
      .where(and(eq(camps.code, demoTodaysCamp.code), eq(camps.state, 'planned')));
    const revoked = await tx
      .update(certificates)
      .set({ revokedAt: now, revokedReason: 'demo removed' })
      .where(
        and(
          isNull(certificates.revokedAt),
          inArray(certificates.donorId, tx.select({ id: donors.id }).from(donors).where(eq(donors.source, 'demo'))),
        ),
      )
      .returning({ id: certificates.id });
    await forgetEverywhere(tx, 'channel-accounts');
    return {
      people: people.length,
      channelAccounts: accountIds.length,
      donors: demoDonors.length,
      sponsorLinks: closedLinks.length,
      children: children.length,
      certificates: revoked.length,
    };
  });
}
