// Cancelling a planned camp (coordinators), with the reason: registrations close and the public page says so. The
// donors registered are not messaged automatically: the desk sees them in the list and calls them.
import { eq } from 'drizzle-orm';
import type { CampDetail, CancelCampBody } from '../../../shared/contracts/camps.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { camps } from '../../db/schema/index.js';
import { lockCampFor, recordCampEvent } from './camp-access.js';
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
    await recordCampEvent(tx, camp, {
      type: 'cancelled',
      actorId: actor.userId,
      at: now,
      details: { reason: body.reason },
    });
    return updated;
  });
  return presentCampDetail(db, actor, row, now);
}
