// A coordinator changes a depot's details or closes it (a closed depot keeps its history and receives nothing).
import { eq } from 'drizzle-orm';
import type { DepotDetail, UpdateDepotBody } from '../../../shared/contracts/depots.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { uniqueViolation } from '../../db/errors.js';
import { depots } from '../../db/schema/index.js';
import { canUseLending, depotAbilities } from '../../domain/lending/abilities.js';
import { forbidden, notFound } from '../../errors.js';
import { fieldError, lendingError } from '../equipment/lending-error.js';
import { depotDetailFor } from './depot-reads.js';

export async function updateDepot(db: Db, actor: Actor, depotId: string, body: UpdateDepotBody): Promise<DepotDetail> {
  if (!canUseLending(actor)) throw forbidden();
  await db
    .transaction(async (tx) => {
      const [row] = await tx.select().from(depots).where(eq(depots.id, depotId)).for('update');
      if (!row) throw notFound();
      const verdict = depotAbilities(actor, row).update;
      if (verdict !== true) throw lendingError(verdict);
      const lat = body.lat === undefined ? row.lat : body.lat;
      const lon = body.lon === undefined ? row.lon : body.lon;
      if ((lat === null) !== (lon === null)) throw fieldError('lat', 'lat_lon_together');
      await tx
        .update(depots)
        .set({ ...body, updatedAt: new Date() })
        .where(eq(depots.id, depotId));
    })
    .catch((error: unknown) => {
      if (uniqueViolation(error) === 'depots_organisation_name_idx') throw fieldError('name', 'name_taken');
      throw error;
    });
  return depotDetailFor(db, actor, depotId);
}
