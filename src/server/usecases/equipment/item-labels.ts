// The printable label sheet: a depot's items (or the items listed), each with its sticker name and the link its QR
// code carries. The web app draws the codes; only items the actor may read are on the sheet.
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { LabelSheet, labelsQuery } from '../../../shared/contracts/equipment.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { lendingScope } from '../../db/queries/lending-scope.js';
import { depots, equipmentItems, organisations } from '../../db/schema/index.js';
import { canUseLending } from '../../domain/lending/abilities.js';
import { forbidden } from '../../errors.js';
import { scanUrlFor } from '../../presenters/equipment.js';

type LabelsQuery = z.output<typeof labelsQuery>;

export async function itemLabels(db: Db, actor: Actor, query: LabelsQuery, publicUrl: string): Promise<LabelSheet> {
  if (!canUseLending(actor)) throw forbidden();
  const conditions: (SQL | undefined)[] = [lendingScope(actor, equipmentItems)];
  if (query.depotId) conditions.push(eq(equipmentItems.depotId, query.depotId));
  if (query.ids) conditions.push(inArray(equipmentItems.id, query.ids));
  const rows = await db
    .select({ row: equipmentItems, organisationName: organisations.name, depotName: depots.name })
    .from(equipmentItems)
    .innerJoin(organisations, eq(organisations.id, equipmentItems.organisationId))
    .innerJoin(depots, eq(depots.id, equipmentItems.depotId))
    .where(and(...conditions))
    .orderBy(asc(equipmentItems.label))
    .limit(200);
  return {
    labels: rows.map((r) => ({
      itemId: r.row.id,
      label: r.row.label,
      kind: r.row.kind,
      cylinderType: r.row.cylinderType,
      gasLitres: r.row.gasLitres,
      organisationName: r.organisationName,
      depotName: r.depotName,
      scanUrl: scanUrlFor(publicUrl, r.row.qrToken),
    })),
  };
}
