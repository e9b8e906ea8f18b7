// Checking a donor in at the camp, by the QR code's token or the phone they registered: desk workers, on the camp's
// own day. A check-in for a camp that is over (or not yet on its day) is a 400 naming the field used, and nothing is
// written; a second check-in of the same registration is a 409. The registration is linked to its registry donor
// (created through the registry's one way in when the phone is new to the organisation) so the outcome can record
// the donation or deferral on the donor.
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { checkInBody, RegistrationView } from '../../../shared/contracts/camps.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { campRegistrations } from '../../db/schema/index.js';
import { campAbilities, registrationAbilities } from '../../domain/camps/abilities.js';
import { AppError, notFound } from '../../errors.js';
import { campError, campPlace, lockCampFor, recordCampEvent } from './camp-access.js';
import { linkCampDonor } from './link-camp-donor.js';
import { presentRegistration } from './present-camp.js';

type CheckInInput = z.output<typeof checkInBody>;

export async function checkIn(db: Db, actor: Actor, campId: string, body: CheckInInput): Promise<RegistrationView> {
  const now = new Date();
  const field = body.token !== undefined ? 'token' : 'phone';
  return db.transaction(async (tx) => {
    const camp = await lockCampFor(tx, actor, campId, 'read', now);
    const verdict = campAbilities(actor, campPlace(camp), 0, now).checkIn;
    if (verdict === 'camp_over' || verdict === 'camp_not_yet') {
      throw new AppError('validation_failed', { count: 1 }, [{ field, code: verdict }]);
    }
    if (verdict !== true) throw campError(verdict);
    const [registration] = await tx
      .select()
      .from(campRegistrations)
      .where(
        and(
          eq(campRegistrations.campId, camp.id),
          body.token !== undefined
            ? eq(campRegistrations.checkInToken, body.token)
            : eq(campRegistrations.phone, body.phone ?? ''),
        ),
      )
      .for('update');
    if (!registration) throw notFound();
    const allowed = registrationAbilities(actor, campPlace(camp), registration.state, now).checkIn;
    if (allowed !== true) throw campError(allowed);
    const linked = await linkCampDonor(tx, camp, registration, actor.userId, now);
    const [row] = await tx
      .update(campRegistrations)
      .set({ state: 'checked_in', checkedInAt: now, checkedInById: actor.userId, donorId: linked.donorId })
      .where(eq(campRegistrations.id, registration.id))
      .returning();
    if (!row) throw new Error('check-in returned nothing');
    await recordCampEvent(tx, camp, {
      type: 'checked_in',
      actorId: actor.userId,
      at: now,
      registrationId: row.id,
      details:
        linked.donorId === null
          ? { by: field, donorId: null, donorRefused: linked.refused }
          : { by: field, donorId: linked.donorId, donorCreated: linked.created },
    });
    return presentRegistration(actor, camp, row, now);
  });
}
