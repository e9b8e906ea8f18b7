// A registration cancelled by the desk (the donor called to say they cannot come): its slot's place is free again.
// Only before check-in, while the camp is planned.
import { eq } from 'drizzle-orm';
import type { RegistrationView } from '../../../shared/contracts/camps.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { campRegistrations } from '../../db/schema/index.js';
import { lockCampFor, lockRegistrationFor, recordCampEvent } from './camp-access.js';
import { presentRegistration } from './present-camp.js';

export async function cancelRegistration(
  db: Db,
  actor: Actor,
  campId: string,
  registrationId: string,
): Promise<RegistrationView> {
  const now = new Date();
  return db.transaction(async (tx) => {
    const camp = await lockCampFor(tx, actor, campId, 'read', now);
    await lockRegistrationFor(tx, actor, camp, registrationId, 'cancel', now);
    const [row] = await tx
      .update(campRegistrations)
      .set({ state: 'cancelled' })
      .where(eq(campRegistrations.id, registrationId))
      .returning();
    if (!row) throw new Error('registration cancel returned nothing');
    await recordCampEvent(tx, camp, {
      type: 'registration_cancelled',
      actorId: actor.userId,
      at: now,
      registrationId: row.id,
    });
    return presentRegistration(actor, camp, row, now);
  });
}
