// Camp rows → the views the API answers (contracts/camps.ts): summaries with counts, the detail with its slots,
// history and `can`, registrations with masked phones and their `can`.
import { desc, eq, inArray } from 'drizzle-orm';
import {
  campCheckInPath,
  campPublicPath,
  type CampDetail,
  type CampSummary,
  type PublicCampView,
  type RegistrationOutcome,
  type RegistrationView,
  type CampDeferralReason,
} from '../../../shared/contracts/camps.js';
import type { Actor } from '../../../shared/permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { districtDirectory } from '../../db/queries/districts.js';
import { campEvents, organisations, users } from '../../db/schema/index.js';
import { presentCan, registrationAbilities } from '../../domain/camps/abilities.js';
import { campDay, registrationRefusal } from '../../domain/camps/camp-rules.js';
import { slotPlaces } from '../../domain/camps/slots.js';
import { maskPhone } from '../../domain/privacy/masking.js';
import { campAbilitiesOf, campPlace, type CampRegistrationRow, type CampRow } from './camp-access.js';
import { campCountsOf, noCounts, takenBySlot } from './camp-counts.js';

export async function campSummaries(db: DbOrTx, rows: readonly CampRow[], now: Date): Promise<CampSummary[]> {
  if (rows.length === 0) return [];
  const [orgRows, directory, counts] = await Promise.all([
    db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(inArray(organisations.id, [...new Set(rows.map((r) => r.organisationId))])),
    districtDirectory(db),
    campCountsOf(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  const orgNames = new Map(orgRows.map((o) => [o.id, o.name]));
  return rows.map((row) => {
    const district = directory.get(row.districtCode);
    return {
      id: row.id,
      code: row.code,
      publicPath: campPublicPath(row.code),
      organisation: { id: row.organisationId, name: orgNames.get(row.organisationId) ?? '' },
      district: { code: row.districtCode, name: district?.name ?? row.districtCode, nameHi: district?.nameHi ?? '' },
      title: row.title,
      venue: row.venue,
      locality: row.locality,
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
      day: campDay(row),
      state: row.state,
      registrationOpen: registrationRefusal(campPlace(row), now) === null,
      partnerCentre: row.partnerCentre,
      targetUnits: row.targetUnits,
      counts: counts.get(row.id) ?? { ...noCounts },
    };
  });
}

export async function presentCampDetail(db: DbOrTx, actor: Actor, row: CampRow, now: Date): Promise<CampDetail> {
  const [[summary], taken, eventRows, abilities, creator] = await Promise.all([
    campSummaries(db, [row], now),
    takenBySlot(db, row.id),
    db
      .select({ event: campEvents, actorName: users.name })
      .from(campEvents)
      .leftJoin(users, eq(users.id, campEvents.actorId))
      .where(eq(campEvents.campId, row.id))
      .orderBy(desc(campEvents.at), desc(campEvents.id))
      .limit(200),
    campAbilitiesOf(db, actor, row, now),
    row.createdById
      ? db.select({ name: users.name }).from(users).where(eq(users.id, row.createdById))
      : Promise.resolve([]),
  ]);
  if (!summary) throw new Error('camp summary missing');
  const slots = slotPlaces(row, row.slotCapacity, taken);
  const slotted = slots.reduce((sum, s) => sum + s.taken, 0);
  return {
    ...summary,
    venueAddress: row.venueAddress,
    pincode: row.pincode,
    slotMinutes: row.slotMinutes,
    slotCapacity: row.slotCapacity,
    coOrganisers: row.coOrganisers,
    slots: slots.map((s) => ({
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      capacity: s.capacity,
      taken: s.taken,
      free: s.free,
    })),
    walkIns: Math.max(0, summary.counts.registered - slotted),
    thankedAt: row.thankedAt?.toISOString() ?? null,
    createdBy: creator[0]?.name ?? null,
    createdAt: row.createdAt.toISOString(),
    events: eventRows.map(({ event, actorName }) => ({
      id: String(event.id),
      type: event.type,
      at: event.at.toISOString(),
      actorName: actorName ?? null,
      registrationId: event.registrationId,
      // Invitations recorded before camp_invitations (migration 0015) listed the phones invited: never in a view.
      details: event.type === 'invited' ? omitPhones(event.details) : event.details,
    })),
    can: presentCan(abilities),
  };
}

function omitPhones(details: Record<string, unknown>): Record<string, unknown> {
  const { phones: _phones, ...rest } = details;
  return rest;
}

function outcomeOf(row: CampRegistrationRow): RegistrationOutcome | null {
  if (row.state === 'donated' && row.product) {
    return {
      kind: 'donated',
      product: row.product,
      units: row.units ?? 1,
      bagNumber: row.bagNumber,
      donationId: row.donationId,
    };
  }
  if (row.state === 'deferred') {
    return {
      kind: 'deferred',
      reason: (row.deferralReason ?? 'other') as CampDeferralReason,
      until: row.deferralUntil,
    };
  }
  return null;
}

export function presentRegistration(
  actor: Actor,
  camp: CampRow,
  row: CampRegistrationRow,
  now: Date,
): RegistrationView {
  return {
    id: row.id,
    campId: row.campId,
    name: row.name,
    phone: maskPhone(row.phone),
    bloodGroup: row.bloodGroup,
    category: row.category,
    language: row.language,
    source: row.source,
    slotAt: row.slotAt?.toISOString() ?? null,
    state: row.state,
    donorId: row.donorId,
    registeredAt: row.registeredAt.toISOString(),
    checkedInAt: row.checkedInAt?.toISOString() ?? null,
    outcomeAt: row.outcomeAt?.toISOString() ?? null,
    outcome: outcomeOf(row),
    thankedAt: row.thankedAt?.toISOString() ?? null,
    can: presentCan(registrationAbilities(actor, campPlace(camp), row.state, now)),
  };
}

/** The public page's camp: facts and free places in the slots still to come, no person in it. */
export async function presentPublicCamp(db: DbOrTx, row: CampRow, now: Date): Promise<PublicCampView> {
  const [[org], directory, taken] = await Promise.all([
    db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, row.organisationId)),
    districtDirectory(db),
    takenBySlot(db, row.id),
  ]);
  const district = directory.get(row.districtCode);
  const open = registrationRefusal(campPlace(row), now) === null;
  return {
    code: row.code,
    title: row.title,
    organisation: org?.name ?? '',
    venue: row.venue,
    venueAddress: row.venueAddress,
    locality: row.locality,
    district: { name: district?.name ?? row.districtCode, nameHi: district?.nameHi ?? '' },
    day: campDay(row),
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    partnerCentre: row.partnerCentre,
    coOrganisers: row.coOrganisers,
    state: row.state,
    registrationOpen: open,
    slots: open
      ? slotPlaces(row, row.slotCapacity, taken)
          .filter((s) => s.endsAt.getTime() > now.getTime())
          .map((s) => ({ startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), free: s.free }))
      : [],
  };
}

/** The full URL a donor's QR code encodes: the desk's check-in page with their token. */
export function checkInUrl(publicUrl: string, campId: string, token: string): string {
  return `${publicUrl}${campCheckInPath(campId, token)}`;
}
