// One depot: its shelf counted by status, the empties waiting for a refill, its open refill orders.
import { eq } from 'drizzle-orm';
import type { DepotDetail } from '../../../shared/contracts/depots.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { depots } from '../../db/schema/index.js';
import { canUseLending, depotAbilities } from '../../domain/lending/abilities.js';
import { forbidden, notFound } from '../../errors.js';
import { depotDetailFor } from './depot-reads.js';

export async function getDepot(db: Db, actor: Actor, depotId: string): Promise<DepotDetail> {
  if (!canUseLending(actor)) throw forbidden();
  const [row] = await db.select().from(depots).where(eq(depots.id, depotId));
  if (!row || !depotAbilities(actor, row).read) throw notFound();
  return depotDetailFor(db, actor, row.id);
}
