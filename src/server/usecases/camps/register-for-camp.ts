// One registration for a camp, whichever door it came through (the desk, the public page, WhatsApp/SMS, an
// invitation): the caller holds the camp's row lock, so counting a slot's places and taking one is atomic — two
// people racing for the last place get one registration and one 409. One phone registers once per camp (a phone
// that cancelled may register again: its row comes back). The registry donor with that phone is linked when known.
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { CampRegistrationSource, AboRhGroup, DonorCategory, Language } from '../../../shared/enums.js';
import type { DbOrTx } from '../../db/client.js';
import { campRegistrations, donors } from '../../db/schema/index.js';
import { registrationRefusal } from '../../domain/camps/camp-rules.js';
import { firstFreeSlot, slotAt, slotPlaces } from '../../domain/camps/slots.js';
import { AppError } from '../../errors.js';
import {
  campConflict,
  campError,
  campPlace,
  recordCampEvent,
  type CampRegistrationRow,
  type CampRow,
} from './camp-access.js';
import { takenBySlot } from './camp-counts.js';

export interface CampRegistrationInput {
  name: string;
  phone: string;
  bloodGroup: AboRhGroup | null;
  category: DonorCategory;
  language: Language;
  /** A slot start; undefined: the first slot with a free place. */
  slotAt?: string | undefined;
  /** No slot (a walk-in at the camp). */
  walkIn?: boolean;
}

/** A new check-in token: 128 random bits, URL-safe (what the QR code carries). */
export function newCheckInToken(): string {
  return randomBytes(16).toString('base64url');
}

/** The slot a registration takes: the one asked for (400 when it is not one, 409 when full or past), or the first free. */
export async function chooseSlot(tx: DbOrTx, camp: CampRow, asked: string | undefined, now: Date): Promise<Date> {
  const places = slotPlaces(camp, camp.slotCapacity, await takenBySlot(tx, camp.id));
  if (asked !== undefined) {
    const slot = slotAt(camp, new Date(asked));
    if (!slot) throw new AppError('validation_failed', { count: 1 }, [{ field: 'slotAt', code: 'not_a_slot' }]);
    const found = places.find((p) => p.startsAt.getTime() === slot.startsAt.getTime());
    if (slot.endsAt.getTime() <= now.getTime()) throw campConflict('slot_past');
    if (!found || found.free <= 0) throw campConflict('slot_full');
    return slot.startsAt;
  }
  const free = firstFreeSlot(places, now);
  if (!free) throw campConflict('no_free_slot');
  return free.startsAt;
}

export async function registerForCamp(
  tx: DbOrTx,
  camp: CampRow,
  input: CampRegistrationInput,
  source: CampRegistrationSource,
  actorId: string | null,
  now: Date,
): Promise<CampRegistrationRow> {
  const refusal = registrationRefusal(campPlace(camp), now);
  if (refusal) throw campError(refusal);
  const [existing] = await tx
    .select()
    .from(campRegistrations)
    .where(and(eq(campRegistrations.campId, camp.id), eq(campRegistrations.phone, input.phone)))
    .for('update');
  if (existing && existing.state !== 'cancelled') throw campConflict('already_registered');
  const slot = input.walkIn ? null : await chooseSlot(tx, camp, input.slotAt, now);
  const [donor] = await tx
    .select({ id: donors.id })
    .from(donors)
    .where(and(eq(donors.organisationId, camp.organisationId), eq(donors.phone, input.phone)));
  const values = {
    donorId: donor?.id ?? null,
    name: input.name,
    bloodGroup: input.bloodGroup,
    category: input.category,
    language: input.language,
    source: input.walkIn ? ('walk_in' as const) : source,
    slotAt: slot,
    state: 'registered' as const,
    checkInToken: newCheckInToken(),
    registeredAt: now,
    checkedInAt: null,
    checkedInById: null,
    outcomeAt: null,
    outcomeById: null,
    deferralReason: null,
    deferralUntil: null,
    product: null,
    units: null,
    bagNumber: null,
    donationId: null,
    thankedAt: null,
  };
  const [row] = existing
    ? await tx.update(campRegistrations).set(values).where(eq(campRegistrations.id, existing.id)).returning()
    : await tx
        .insert(campRegistrations)
        .values({ campId: camp.id, organisationId: camp.organisationId, phone: input.phone, ...values })
        .returning();
  if (!row) throw new Error('camp registration returned nothing');
  await recordCampEvent(tx, camp, {
    type: 'registered',
    actorId,
    at: now,
    registrationId: row.id,
    details: { source: row.source, slotAt: slot?.toISOString() ?? null },
  });
  return row;
}
