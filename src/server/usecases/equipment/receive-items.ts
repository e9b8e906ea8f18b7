// Items arriving at a depot (one cylinder, or a donation of ten in one request): each gets its row, a QR token and
// a `received` ledger row, all in one transaction — a bad line refuses the whole delivery, naming its field.
import { randomBytes } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ItemView, ReceiveItemsBody } from '../../../shared/contracts/equipment.js';
import { cylinderTypeDefaults, type ItemCondition } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { districtDirectory } from '../../db/queries/districts.js';
import { uniqueViolation } from '../../db/errors.js';
import { textArray } from '../../db/sql-helpers.js';
import { depots, equipmentItems, itemMovements, sponsors } from '../../db/schema/index.js';
import { canUseLending, depotAbilities } from '../../domain/lending/abilities.js';
import { applyMovement } from '../../domain/lending/item-ledger.js';
import { forbidden, notFound } from '../../errors.js';
import { presentSelectedItems, selectItems } from './item-reads.js';
import { fieldError, lendingError } from './lending-error.js';
import { labelAllocator, labelPrefix } from './next-labels.js';

/** The token a QR label carries: 144 random bits, URL-safe. */
export const newQrToken = (): string => randomBytes(18).toString('base64url');

export async function receiveItems(db: Db, actor: Actor, body: ReceiveItemsBody): Promise<ItemView[]> {
  if (!canUseLending(actor)) throw forbidden();
  const now = new Date();
  const ids = await db
    .transaction(async (tx) => {
      const [depot] = await tx.select().from(depots).where(eq(depots.id, body.depotId));
      if (!depot) throw notFound();
      const verdict = depotAbilities(actor, depot).receiveItems;
      if (verdict === 'not_visible') throw fieldError('depotId', 'unavailable');
      if (verdict !== true) throw lendingError(verdict);
      if (!depot.active) throw lendingError('depot_closed');

      const sponsorIds = [...new Set(body.items.flatMap((i) => (i.sponsorId ? [i.sponsorId] : [])))];
      const known =
        sponsorIds.length === 0
          ? []
          : await tx
              .select({ id: sponsors.id })
              .from(sponsors)
              .where(and(inArray(sponsors.id, sponsorIds), eq(sponsors.organisationId, depot.organisationId)));
      for (const [index, item] of body.items.entries()) {
        if (item.sponsorId && !known.some((s) => s.id === item.sponsorId)) {
          throw fieldError(`items.${index}.sponsorId`, 'unavailable');
        }
      }

      // Given labels and serials: none twice in the delivery, none the organisation already uses.
      const given = body.items.flatMap((i, index) => (i.label ? [{ index, label: i.label }] : []));
      const serials = body.items.flatMap((i, index) => (i.serial ? [{ index, serial: i.serial }] : []));
      const firstDuplicate = <T>(list: T[], key: (t: T) => string) =>
        list.find((a, i) => list.findIndex((b) => key(b) === key(a)) !== i);
      const dupLabel = firstDuplicate(given, (g) => g.label);
      if (dupLabel) throw fieldError(`items.${dupLabel.index}.label`, 'label_taken');
      const dupSerial = firstDuplicate(serials, (s) => s.serial);
      if (dupSerial) throw fieldError(`items.${dupSerial.index}.serial`, 'serial_taken');
      // Labels are numbered per organisation: one delivery at a time numbers them.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`lending-labels:${depot.organisationId}`}))`);
      const existing = await tx
        .select({ label: equipmentItems.label, serial: equipmentItems.serial })
        .from(equipmentItems)
        .where(
          and(
            eq(equipmentItems.organisationId, depot.organisationId),
            sql`(${equipmentItems.label} = any(${textArray(given.map((g) => g.label))}) or ${equipmentItems.serial} = any(${textArray(serials.map((s) => s.serial))}))`,
          ),
        );
      const takenLabel = given.find((g) => existing.some((e) => e.label === g.label));
      if (takenLabel) throw fieldError(`items.${takenLabel.index}.label`, 'label_taken');
      const takenSerial = serials.find((s) => existing.some((e) => e.serial === s.serial));
      if (takenSerial) throw fieldError(`items.${takenSerial.index}.serial`, 'serial_taken');

      const district = (await districtDirectory(tx)).get(depot.districtCode);
      const nextLabel = labelAllocator(tx, depot.organisationId);
      const reserved = new Set(given.map((g) => g.label));
      const rows: Array<{
        values: typeof equipmentItems.$inferInsert;
        condition: ItemCondition;
        note: string | null;
      }> = [];
      for (const item of body.items) {
        const received = applyMovement(item.kind, null, {
          kind: 'received',
          toDepotId: depot.id,
          condition: item.condition,
        });
        if (!received.ok) throw lendingError(received.code);
        const cylinder = item.kind === 'cylinder';
        const defaults =
          cylinder && item.cylinderType && item.cylinderType !== 'other'
            ? cylinderTypeDefaults[item.cylinderType]
            : null;
        const label =
          item.label ??
          (await nextLabel(labelPrefix(district?.name ?? depot.districtCode, item.kind, item.cylinderType), reserved));
        reserved.add(label);
        rows.push({
          values: {
            organisationId: depot.organisationId,
            districtCode: depot.districtCode,
            depotId: depot.id,
            kind: item.kind,
            cylinderType: cylinder ? item.cylinderType : null,
            waterLitres: cylinder ? (item.waterLitres ?? defaults?.waterLitres ?? null) : null,
            gasLitres: cylinder ? (item.gasLitres ?? defaults?.gasLitres ?? null) : null,
            flowLpm: item.kind === 'concentrator' ? item.flowLpm : null,
            serial: item.serial,
            label,
            qrToken: newQrToken(),
            sponsorId: item.sponsorId,
            sponsorship: item.sponsorship,
            status: received.state.status,
            statusChangedAt: now,
            note: item.note || null,
            createdById: actor.userId,
            createdAt: now,
            updatedAt: now,
          },
          condition: item.condition,
          note: item.note || null,
        });
      }
      const inserted = await tx
        .insert(equipmentItems)
        .values(rows.map((r) => r.values))
        .returning({ id: equipmentItems.id, status: equipmentItems.status });
      await tx.insert(itemMovements).values(
        inserted.map((item, i) => ({
          organisationId: depot.organisationId,
          itemId: item.id,
          kind: 'received' as const,
          fromStatus: null,
          toStatus: item.status,
          toDepotId: depot.id,
          condition: rows[i]?.condition ?? null,
          note: rows[i]?.note ?? null,
          actorId: actor.userId,
          at: now,
        })),
      );
      return inserted.map((i) => i.id);
    })
    .catch((error: unknown) => {
      // Two deliveries naming the same serial or label at the same moment: the index decides, the field is named.
      const constraint = uniqueViolation(error);
      if (constraint === 'equipment_items_serial_idx') throw fieldError('items.0.serial', 'serial_taken');
      if (constraint === 'equipment_items_label_idx') throw fieldError('items.0.label', 'label_taken');
      throw error;
    });
  const selected = await selectItems(db, inArray(equipmentItems.id, ids));
  const byId = new Map(selected.map((s) => [s.row.id, s]));
  return presentSelectedItems(
    db,
    actor,
    ids.flatMap((id) => {
      const s = byId.get(id);
      return s ? [s] : [];
    }),
  );
}
