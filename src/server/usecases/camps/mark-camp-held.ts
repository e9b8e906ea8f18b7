// Marking a camp held (coordinators), once its day has begun: registrations close, outcomes are final, the report
// stands, and the donors may be thanked. Registrations still `registered` were no-shows; any left `checked_in`
// (screened but never recorded) stay so and are counted as came.
import { eq } from 'drizzle-orm';
import type { CampDetail } from '../../../shared/contracts/camps.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { camps } from '../../db/schema/index.js';
import { campCountsOf } from './camp-counts.js';
import { lockCampFor, recordCampEvent } from './camp-access.js';
import { presentCampDetail } from './present-camp.js';

export async function markCampHeld(db: Db, actor: Actor, campId: string): Promise<CampDetail> {
  const now = new Date();
  const row = await db.transaction(async (tx) => {
    const camp = await lockCampFor(tx, actor, campId, 'markHeld', now);
    const [updated] = await tx
      .update(camps)
      .set({ state: 'held', updatedAt: now })
      .where(eq(camps.id, camp.id))
      .returning();
    if (!updated) throw new Error('camp held returned nothing');
    const counts = (await campCountsOf(tx, [camp.id])).get(camp.id);
    await recordCampEvent(tx, camp, {
      type: 'held',
      actorId: actor.userId,
      at: now,
      details: { donated: counts?.donated ?? 0, deferred: counts?.deferred ?? 0, units: counts?.units ?? 0 },
    });
    return updated;
  });
  return presentCampDetail(db, actor, row, now);
}
