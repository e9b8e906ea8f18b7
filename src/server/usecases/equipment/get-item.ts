// One item with its ledger, for a person whose health desk covers its depot (others: "not found").
import { eq } from 'drizzle-orm';
import type { ItemDetail } from '../../../shared/contracts/equipment.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { equipmentItems } from '../../db/schema/index.js';
import { canUseLending, itemAbilities } from '../../domain/lending/abilities.js';
import { forbidden, notFound } from '../../errors.js';
import { itemDetailFor } from './item-reads.js';

export async function getItem(db: Db, actor: Actor, itemId: string, publicUrl: string): Promise<ItemDetail> {
  if (!canUseLending(actor)) throw forbidden();
  const [row] = await db.select().from(equipmentItems).where(eq(equipmentItems.id, itemId));
  if (!row || !itemAbilities(actor, row).read) throw notFound();
  return itemDetailFor(db, actor, row, publicUrl);
}
