// An item's descriptive fields (serial, label, litres, sponsor, note); its status, depot and loan change only
// through movements. A clash with another item's serial or label is named on its field.
import { and, eq, ne } from 'drizzle-orm';
import type { ItemDetail, UpdateItemBody } from '../../../shared/contracts/equipment.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { uniqueViolation } from '../../db/errors.js';
import { equipmentItems, sponsors } from '../../db/schema/index.js';
import { itemDetailFor } from './item-reads.js';
import { fieldError } from './lending-error.js';
import { lockItemFor } from './record-movement.js';

export async function updateItem(
  db: Db,
  actor: Actor,
  itemId: string,
  body: UpdateItemBody,
  publicUrl: string,
): Promise<ItemDetail> {
  const item = await db
    .transaction(async (tx) => {
      const locked = await lockItemFor(tx, actor, itemId, 'update');
      const merged = { ...locked, ...body };
      if ((merged.sponsorId === null) !== (merged.sponsorship === null)) {
        throw fieldError('sponsorship', 'sponsorship_required');
      }
      if (locked.kind === 'cylinder' && (merged.gasLitres === null || merged.gasLitres === undefined)) {
        throw fieldError('gasLitres', 'gas_litres_required');
      }
      if (body.sponsorId) {
        const [sponsor] = await tx
          .select({ id: sponsors.id })
          .from(sponsors)
          .where(and(eq(sponsors.id, body.sponsorId), eq(sponsors.organisationId, locked.organisationId)));
        if (!sponsor) throw fieldError('sponsorId', 'unavailable');
      }
      const same = and(eq(equipmentItems.organisationId, locked.organisationId), ne(equipmentItems.id, locked.id));
      if (body.label) {
        const [clash] = await tx
          .select({ id: equipmentItems.id })
          .from(equipmentItems)
          .where(and(same, eq(equipmentItems.label, body.label)));
        if (clash) throw fieldError('label', 'label_taken');
      }
      if (body.serial) {
        const [clash] = await tx
          .select({ id: equipmentItems.id })
          .from(equipmentItems)
          .where(and(same, eq(equipmentItems.serial, body.serial)));
        if (clash) throw fieldError('serial', 'serial_taken');
      }
      await tx
        .update(equipmentItems)
        .set({
          ...body,
          ...(body.note !== undefined ? { note: body.note || null } : {}),
          updatedAt: new Date(),
        })
        .where(eq(equipmentItems.id, locked.id));
      return locked;
    })
    .catch((error: unknown) => {
      const constraint = uniqueViolation(error);
      if (constraint === 'equipment_items_serial_idx') throw fieldError('serial', 'serial_taken');
      if (constraint === 'equipment_items_label_idx') throw fieldError('label', 'label_taken');
      throw error;
    });
  return itemDetailFor(db, actor, item, publicUrl);
}
