// Changing a planned camp (coordinators): given fields replace the stored ones and the hours' rule is checked on the
// result (400 `endsAt`). Hours that would leave a registered donor's slot outside the camp, or fewer places than are
// taken, are refused (409) — the donors were told their time. The venue is placed on the map again when it moves.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { campHoursProblem, type CampDetail, type updateCampBody } from '../../../shared/contracts/camps.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { camps } from '../../db/schema/index.js';
import { slotAt } from '../../domain/camps/slots.js';
import { locate } from '../../domain/geo/locate.js';
import { AppError } from '../../errors.js';
import { campConflict, lockCampFor, recordCampEvent } from './camp-access.js';
import { takenBySlot } from './camp-counts.js';
import { presentCampDetail } from './present-camp.js';

type UpdateCampInput = z.output<typeof updateCampBody>;

export async function updateCamp(db: Db, actor: Actor, campId: string, body: UpdateCampInput): Promise<CampDetail> {
  const now = new Date();
  const row = await db.transaction(async (tx) => {
    const camp = await lockCampFor(tx, actor, campId, 'update', now);
    const changed = Object.entries(body)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k);
    if (changed.length === 0) {
      throw new AppError('validation_failed', { count: 1 }, [{ field: 'body', code: 'nothing_to_change' }]);
    }
    const startsAt = body.startsAt ?? camp.startsAt.toISOString();
    const endsAt = body.endsAt ?? camp.endsAt.toISOString();
    const hours = campHoursProblem(startsAt, endsAt);
    if (hours) throw new AppError('validation_failed', { count: 1 }, [{ field: 'endsAt', code: hours }]);
    const next = {
      startsAt: new Date(startsAt),
      endsAt: new Date(endsAt),
      slotMinutes: body.slotMinutes ?? camp.slotMinutes,
    };
    const capacity = body.slotCapacity ?? camp.slotCapacity;
    // Every registered slot must still be a slot, with room for everyone in it.
    const taken = await takenBySlot(tx, camp.id);
    for (const [start, n] of taken) {
      if (!slotAt(next, new Date(start))) throw campConflict('slot_taken_moved');
      if (n > capacity) throw campConflict('capacity_below_taken');
    }
    const venueMoved = body.pincode !== undefined || body.locality !== undefined || body.venue !== undefined;
    const place = venueMoved
      ? locate({
          pincode: body.pincode === undefined ? camp.pincode : body.pincode,
          locality: (body.locality === undefined ? camp.locality : body.locality) ?? body.venue ?? camp.venue,
          districtCode: camp.districtCode,
        })
      : null;
    const [updated] = await tx
      .update(camps)
      .set({
        title: body.title ?? camp.title,
        venue: body.venue ?? camp.venue,
        venueAddress: body.venueAddress === undefined ? camp.venueAddress : body.venueAddress,
        locality: body.locality === undefined ? camp.locality : body.locality,
        pincode: body.pincode === undefined ? camp.pincode : body.pincode,
        ...(place ? { lat: place.lat, lon: place.lon, locationSource: place.source } : {}),
        startsAt: next.startsAt,
        endsAt: next.endsAt,
        slotMinutes: next.slotMinutes,
        slotCapacity: capacity,
        partnerCentre: body.partnerCentre ?? camp.partnerCentre,
        targetUnits: body.targetUnits ?? camp.targetUnits,
        coOrganisers: body.coOrganisers ?? camp.coOrganisers,
        updatedAt: now,
      })
      .where(eq(camps.id, camp.id))
      .returning();
    if (!updated) throw new Error('camp update returned nothing');
    await recordCampEvent(tx, camp, { type: 'updated', actorId: actor.userId, at: now, details: { changed } });
    return updated;
  });
  return presentCampDetail(db, actor, row, now);
}
