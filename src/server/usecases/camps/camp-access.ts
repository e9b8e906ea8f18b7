// What every action on a camp needs: the camp row locked for it, the ability checked (out of reach → "not found", a
// coordinator's action → 403, a rule → 409 `camp_unavailable` naming the reason in the caller's language), and one
// camp_events row saying who did what and when, in the same transaction as the change.
import { eq } from 'drizzle-orm';
import type { CampCan, RegistrationCan } from '../../../shared/contracts/camps.js';
import { canUseCamps } from '../../../shared/camp-permissions.js';
import type { CampEventType } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { campEvents, campRegistrations, camps } from '../../db/schema/index.js';
import {
  campAbilities,
  registrationAbilities,
  type Abilities,
  type CampPlace,
  type Verdict,
} from '../../domain/camps/abilities.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import { campCountsOf } from './camp-counts.js';

export type CampRow = typeof camps.$inferSelect;
export type CampRegistrationRow = typeof campRegistrations.$inferSelect;

/** Camps are for the desk of a health-scoped organisation (operators, coordinators, admins): others get 403. */
export function requireCamps(actor: Actor): void {
  if (!canUseCamps(actor)) throw forbidden();
}

export function campPlace(row: CampRow): CampPlace {
  return {
    organisationId: row.organisationId,
    districtCode: row.districtCode,
    state: row.state,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    thankedAt: row.thankedAt,
  };
}

/** A refusal as the error the API answers with. */
export function campError(verdict: Exclude<Verdict, true>): AppError {
  if (verdict === 'not_visible') return notFound();
  if (verdict === 'forbidden' || verdict === 'coordinator_only') return forbidden();
  return new AppError('camp_unavailable', { reasonKey: `camp.${verdict}` });
}

/** A 409 for a registration rule the use case checks itself (a full slot, a phone already registered). */
export function campConflict(reason: string, params: Record<string, unknown> = {}): AppError {
  return new AppError('camp_unavailable', { reasonKey: `camp.${reason}`, ...params });
}

export async function campAbilitiesOf(db: DbOrTx, actor: Actor, row: CampRow, now: Date): Promise<Abilities<CampCan>> {
  const counts = await campCountsOf(db, [row.id]);
  return campAbilities(actor, campPlace(row), counts.get(row.id)?.donated ?? 0, now);
}

/** Loads and locks a camp for one action, refused unless the actor may take it. */
export async function lockCampFor(
  tx: DbOrTx,
  actor: Actor,
  campId: string,
  ability: keyof CampCan | 'read',
  now: Date,
): Promise<CampRow> {
  requireCamps(actor);
  // NO KEY UPDATE: lockers of the camp queue as with FOR UPDATE, but rows that only reference the camp (a
  // certificate issued at the same time) are not blocked by it.
  const [row] = await tx.select().from(camps).where(eq(camps.id, campId)).for('no key update');
  if (!row) throw notFound();
  const abilities = await campAbilitiesOf(tx, actor, row, now);
  if (ability === 'read') {
    if (!abilities.read) throw notFound();
    return row;
  }
  const verdict = abilities[ability];
  if (verdict !== true) throw campError(verdict);
  return row;
}

/** Reads a camp the actor may see (no lock), else "not found". */
export async function campFor(db: DbOrTx, actor: Actor, campId: string, now: Date): Promise<CampRow> {
  requireCamps(actor);
  const [row] = await db.select().from(camps).where(eq(camps.id, campId));
  if (!row) throw notFound();
  if (!campAbilities(actor, campPlace(row), 0, now).read) throw notFound();
  return row;
}

/** Locks one registration of a locked camp for an action on it. */
export async function lockRegistrationFor(
  tx: DbOrTx,
  actor: Actor,
  camp: CampRow,
  registrationId: string,
  ability: keyof RegistrationCan,
  now: Date,
): Promise<CampRegistrationRow> {
  const [row] = await tx.select().from(campRegistrations).where(eq(campRegistrations.id, registrationId)).for('update');
  if (!row || row.campId !== camp.id) throw notFound();
  const verdict = registrationAbilities(actor, campPlace(camp), row.state, now)[ability];
  if (verdict !== true) throw campError(verdict);
  return row;
}

export async function recordCampEvent(
  tx: DbOrTx,
  camp: Pick<CampRow, 'id' | 'organisationId'>,
  event: {
    type: CampEventType;
    actorId: string | null;
    at: Date;
    registrationId?: string | null;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await tx.insert(campEvents).values({
    campId: camp.id,
    organisationId: camp.organisationId,
    type: event.type,
    registrationId: event.registrationId ?? null,
    actorId: event.actorId,
    at: event.at,
    details: event.details ?? {},
  });
}
