// A loan's item moving through its ledger (returned, written off, back on the shelf after a cancelled loan): the
// item row locked, the movement checked by the ledger's rule (domain/lending/item-ledger.ts), the movement row and
// the item's denormalised status written together in the caller's transaction.
import { eq } from 'drizzle-orm';
import type { ItemCondition, LossReason, MovementKind } from '../../../shared/enums.js';
import type { DbOrTx } from '../../db/client.js';
import { depots, equipmentItems, itemMovements } from '../../db/schema/index.js';
import { applyMovement } from '../../domain/lending/item-ledger.js';
import { notFound } from '../../errors.js';
import type { ItemRow } from '../../presenters/loan.js';
import { lendingError } from './loan-action.js';

export interface LoanItemMovement {
  kind: MovementKind;
  loanId: string;
  toDepotId?: string | null;
  condition?: ItemCondition | null;
  lossReason?: LossReason | null;
  note?: string | null;
  actorId: string | null;
  at: Date;
}

export async function moveLoanItem(tx: DbOrTx, itemId: string, movement: LoanItemMovement): Promise<ItemRow> {
  const [item] = await tx.select().from(equipmentItems).where(eq(equipmentItems.id, itemId)).for('update');
  if (!item) throw notFound();
  const result = applyMovement(
    item.kind,
    { status: item.status, depotId: item.depotId, loanId: item.currentLoanId },
    {
      kind: movement.kind,
      toDepotId: movement.toDepotId ?? null,
      loanId: movement.loanId,
      condition: movement.condition ?? null,
    },
  );
  if (!result.ok) throw lendingError(result.code);
  // An item returned to another depot now belongs to that depot's district (its scope follows it).
  let districtCode = item.districtCode;
  if (result.state.depotId !== item.depotId) {
    const [depot] = await tx.select().from(depots).where(eq(depots.id, result.state.depotId));
    if (!depot || depot.organisationId !== item.organisationId) throw notFound();
    if (!depot.active) throw lendingError('depot_closed');
    districtCode = depot.districtCode;
  }
  await tx.insert(itemMovements).values({
    organisationId: item.organisationId,
    itemId: item.id,
    kind: movement.kind,
    fromStatus: item.status,
    toStatus: result.state.status,
    fromDepotId: item.depotId,
    toDepotId: result.state.depotId,
    loanId: movement.loanId,
    condition: movement.condition ?? null,
    lossReason: movement.lossReason ?? null,
    note: movement.note ?? null,
    actorId: movement.actorId,
    at: movement.at,
  });
  const [updated] = await tx
    .update(equipmentItems)
    .set({
      status: result.state.status,
      depotId: result.state.depotId,
      districtCode,
      currentLoanId: result.state.loanId,
      statusChangedAt: movement.at,
      updatedAt: movement.at,
    })
    .where(eq(equipmentItems.id, item.id))
    .returning();
  if (!updated) throw notFound();
  return updated;
}
