// Reading items as views: one statement joins each item's organisation, depot, sponsor and current loan; an item's
// detail adds its ledger, newest first, with the depots, loans and people each row names.
import { desc, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ItemDetail, ItemView } from '../../../shared/contracts/equipment.js';
import type { Actor } from '../../../shared/permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { districtDirectory } from '../../db/queries/districts.js';
import { depots, equipmentItems, itemMovements, loans, organisations, sponsors, users } from '../../db/schema/index.js';
import { itemAbilities } from '../../domain/lending/abilities.js';
import {
  presentItem,
  presentItemDetail,
  presentMovement,
  scanUrlFor,
  type ItemRow,
} from '../../presenters/equipment.js';

const itemSelection = {
  row: equipmentItems,
  organisationName: organisations.name,
  depotName: depots.name,
  sponsorName: sponsors.name,
  loanReference: loans.reference,
  loanDueOn: loans.dueOn,
};

/** Items matching `where`, with the names their views show. */
export function selectItems(db: DbOrTx, where: SQL | undefined) {
  return db
    .select(itemSelection)
    .from(equipmentItems)
    .innerJoin(organisations, eq(organisations.id, equipmentItems.organisationId))
    .innerJoin(depots, eq(depots.id, equipmentItems.depotId))
    .leftJoin(sponsors, eq(sponsors.id, equipmentItems.sponsorId))
    .leftJoin(loans, eq(loans.id, equipmentItems.currentLoanId))
    .where(where)
    .$dynamic();
}

type SelectedItem = Awaited<ReturnType<typeof selectItems>>[number];

export async function presentSelectedItems(db: DbOrTx, actor: Actor, rows: SelectedItem[]): Promise<ItemView[]> {
  const directory = await districtDirectory(db);
  return rows.map((r) =>
    presentItem(
      r.row,
      {
        organisationName: r.organisationName,
        depotName: r.depotName,
        sponsorName: r.sponsorName,
        loan: r.loanReference && r.loanDueOn ? { reference: r.loanReference, dueOn: r.loanDueOn } : null,
        district: directory.get(r.row.districtCode),
      },
      itemAbilities(actor, r.row),
    ),
  );
}

const fromDepot = alias(depots, 'from_depot');
const toDepot = alias(depots, 'to_depot');

/** The item's ledger, newest first. */
export async function itemLedger(db: DbOrTx, itemId: string) {
  const rows = await db
    .select({
      row: itemMovements,
      fromDepotName: fromDepot.name,
      toDepotName: toDepot.name,
      loanReference: loans.reference,
      actorName: users.name,
    })
    .from(itemMovements)
    .innerJoin(toDepot, eq(toDepot.id, itemMovements.toDepotId))
    .leftJoin(fromDepot, eq(fromDepot.id, itemMovements.fromDepotId))
    .leftJoin(loans, eq(loans.id, itemMovements.loanId))
    .leftJoin(users, eq(users.id, itemMovements.actorId))
    .where(eq(itemMovements.itemId, itemId))
    .orderBy(desc(itemMovements.id));
  return rows.map((r) =>
    presentMovement(r.row, {
      fromDepotName: r.fromDepotName,
      toDepotName: r.toDepotName,
      loanReference: r.loanReference,
      actorName: r.actorName,
    }),
  );
}

/** One item the actor may read, as its detail with the ledger. */
export async function itemDetailFor(
  db: DbOrTx,
  actor: Actor,
  row: Pick<ItemRow, 'id' | 'qrToken'>,
  publicUrl: string,
): Promise<ItemDetail> {
  const [selected, ledger] = await Promise.all([
    selectItems(db, eq(equipmentItems.id, row.id)),
    itemLedger(db, row.id),
  ]);
  const [view] = await presentSelectedItems(db, actor, selected);
  if (!view) throw new Error(`item ${row.id} vanished`);
  return presentItemDetail(view, scanUrlFor(publicUrl, row.qrToken), ledger);
}
