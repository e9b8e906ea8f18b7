// Planning a camp: a coordinator of the organisation's health desk in the camp's district (or an admin) names the
// venue, day and hours, slots, partner blood centre and target. The venue is placed on the map (PIN code, locality or
// the district's centre) for invitations to donors nearby; the camp gets a short code for "CAMP <code>" and its
// public page. One camp row and its `planned` event, together.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { CampDetail, planCampBody } from '../../../shared/contracts/camps.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { districtDirectory } from '../../db/queries/districts.js';
import { camps, organisations } from '../../db/schema/index.js';
import { planVerdict } from '../../domain/camps/abilities.js';
import { newCampCode } from '../../domain/camps/camp-code.js';
import { locate } from '../../domain/geo/locate.js';
import { AppError, forbidden, type FieldError } from '../../errors.js';
import { campError, recordCampEvent, requireCamps } from './camp-access.js';
import { presentCampDetail } from './present-camp.js';

type PlanCampInput = z.output<typeof planCampBody>;

const invalid = (errors: FieldError[]) => new AppError('validation_failed', { count: errors.length }, errors);

/** The organisation a camp is planned for: the one given, else the only one the actor coordinates in the district. */
async function organisationFor(db: DbOrTx, actor: Actor, body: PlanCampInput): Promise<string> {
  if (body.organisationId) {
    const [org] = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, body.organisationId));
    if (!org) throw invalid([{ field: 'organisationId', code: 'invalid' }]);
    const verdict = planVerdict(actor, org.id, body.district);
    if (verdict === 'not_visible') throw invalid([{ field: 'organisationId', code: 'out_of_scope' }]);
    if (verdict !== true) throw campError(verdict);
    return org.id;
  }
  const candidates = [
    ...new Set(actor.memberships.map((m) => m.organisationId).filter((id): id is string => id !== null)),
  ].filter((id) => planVerdict(actor, id, body.district) === true);
  const [only] = candidates;
  if (only !== undefined && candidates.length === 1) return only;
  if (candidates.length > 1) throw invalid([{ field: 'organisationId', code: 'organisation_ambiguous' }]);
  if (actor.memberships.some((m) => m.role === 'admin')) throw invalid([{ field: 'organisationId', code: 'required' }]);
  throw forbidden();
}

/** Inserts the camp with a fresh code (a collision, rare among 25^5 codes, takes another). */
async function insertCamp(tx: DbOrTx, values: Omit<typeof camps.$inferInsert, 'code'>) {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const [row] = await tx
      .insert(camps)
      .values({ ...values, code: newCampCode() })
      .onConflictDoNothing({ target: camps.code })
      .returning();
    if (row) return row;
  }
  throw new Error('no free camp code');
}

export async function planCamp(db: Db, actor: Actor, body: PlanCampInput): Promise<CampDetail> {
  requireCamps(actor);
  const now = new Date();
  const directory = await districtDirectory(db);
  if (!directory.has(body.district)) throw invalid([{ field: 'district', code: 'unknown_district' }]);
  // Who may plan here is settled before the hours are judged: someone who may not plan gets 403 whatever they sent.
  const organisationId = await organisationFor(db, actor, body);
  if (Date.parse(body.endsAt) <= now.getTime()) throw invalid([{ field: 'endsAt', code: 'date_in_past' }]);
  const place = locate({ pincode: body.pincode, locality: body.locality ?? body.venue, districtCode: body.district });
  const row = await db.transaction(async (tx) => {
    const camp = await insertCamp(tx, {
      organisationId,
      districtCode: body.district,
      title: body.title,
      venue: body.venue,
      venueAddress: body.venueAddress ?? null,
      locality: body.locality ?? null,
      pincode: body.pincode ?? null,
      lat: place.lat,
      lon: place.lon,
      locationSource: place.source,
      startsAt: new Date(body.startsAt),
      endsAt: new Date(body.endsAt),
      slotMinutes: body.slotMinutes,
      slotCapacity: body.slotCapacity,
      partnerCentre: body.partnerCentre,
      targetUnits: body.targetUnits,
      coOrganisers: body.coOrganisers,
      createdById: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await recordCampEvent(tx, camp, { type: 'planned', actorId: actor.userId, at: now });
    return camp;
  });
  return presentCampDetail(db, actor, row, now);
}
