// A QR label scanned on a phone: the token opens the item for a signed-in person whose desk covers it; anyone
// else (another organisation, a wrong or guessed token) gets "not found", so a label reveals nothing.
import { eq } from 'drizzle-orm';
import type { ItemDetail } from '../../../shared/contracts/equipment.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { equipmentItems } from '../../db/schema/index.js';
import { canUseLending, itemAbilities } from '../../domain/lending/abilities.js';
import { forbidden, notFound } from '../../errors.js';
import { itemDetailFor } from './item-reads.js';

export async function scanItem(db: Db, actor: Actor, qrToken: string, publicUrl: string): Promise<ItemDetail> {
  if (!canUseLending(actor)) throw forbidden();
  const [row] = await db.select().from(equipmentItems).where(eq(equipmentItems.qrToken, qrToken));
  if (!row || !itemAbilities(actor, row).read) throw notFound();
  return itemDetailFor(db, actor, row, publicUrl);
}
