// One refill order with its lines.
import { eq } from 'drizzle-orm';
import type { RefillOrderView } from '../../../shared/contracts/refills.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { refillOrders } from '../../db/schema/index.js';
import { canUseLending, refillOrderAbilities } from '../../domain/lending/abilities.js';
import { forbidden, notFound } from '../../errors.js';
import { refillOrderViewFor } from './refill-reads.js';

export async function getRefillOrder(db: Db, actor: Actor, orderId: string): Promise<RefillOrderView> {
  if (!canUseLending(actor)) throw forbidden();
  const [row] = await db.select().from(refillOrders).where(eq(refillOrders.id, orderId));
  if (!row || !refillOrderAbilities(actor, row).read) throw notFound();
  return refillOrderViewFor(db, actor, row.id);
}
