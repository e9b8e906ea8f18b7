// Every change of an item's state goes through here: the item row locked, the movement checked by the ledger's rule
// (applyMovement), then the ledger row and the item's denormalised status, depot and loan written in the caller's
// transaction — so the row always says what folding its ledger says, and a refused movement writes nothing.
// Loans (lend, return, write-off) and refills use it too.
import { eq } from 'drizzle-orm';
import type { ItemCondition, LossReason } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { depots, equipmentItems, itemMovements } from '../../db/schema/index.js';
import { canUseLending, itemAbilities } from '../../domain/lending/abilities.js';
import { applyMovement, type ItemState, type Movement } from '../../domain/lending/item-ledger.js';
import type { ItemCan } from '../../../shared/contracts/lending-can.js';
import { forbidden, notFound } from '../../errors.js';
import type { ItemRow } from '../../presenters/equipment.js';
import { lendingError } from './lending-error.js';

/** Locks an item for one ability; out of reach → 404, a role short → 403, a state that refuses it → 409. */
export async function lockItemFor(
  tx: DbOrTx,
  actor: Actor,
  itemId: string,
  ability: keyof ItemCan | 'read',
): Promise<ItemRow> {
  // Someone without a health desk is refused as such, before anything is looked up.
  if (!canUseLending(actor)) throw forbidden();
  const [row] = await tx.select().from(equipmentItems).where(eq(equipmentItems.id, itemId)).for('update');
  if (!row) throw notFound();
  const abilities = itemAbilities(actor, row);
  if (!abilities.read) throw notFound();
  const verdict = ability === 'read' ? true : abilities[ability];
  if (verdict !== true) throw lendingError(verdict);
  return row;
}

export interface MovementInput extends Movement {
  condition?: ItemCondition | null;
  lossReason?: LossReason | null;
  refillOrderId?: string | null;
  note?: string | null;
}

/** Applies one movement to a locked item: the ledger row and the item row, in the caller's transaction. */
export async function recordMovement(
  tx: DbOrTx,
  item: ItemRow,
  movement: MovementInput,
  actorId: string | null,
  now: Date,
): Promise<ItemState> {
  const before: ItemState = { status: item.status, depotId: item.depotId, loanId: item.currentLoanId };
  const result = applyMovement(item.kind, before, movement);
  if (!result.ok) throw lendingError(result.code);
  const after = result.state;
  // An item moved to a depot in another district belongs to that district now (its scope follows it).
  let districtCode = item.districtCode;
  if (after.depotId !== item.depotId) {
    const [depot] = await tx
      .select({ districtCode: depots.districtCode })
      .from(depots)
      .where(eq(depots.id, after.depotId));
    if (!depot) throw lendingError('depot_required');
    districtCode = depot.districtCode;
  }
  await tx.insert(itemMovements).values({
    organisationId: item.organisationId,
    itemId: item.id,
    kind: movement.kind,
    fromStatus: before.status,
    toStatus: after.status,
    fromDepotId: before.depotId,
    toDepotId: after.depotId,
    loanId: movement.loanId ?? before.loanId ?? null,
    refillOrderId: movement.refillOrderId ?? null,
    condition: movement.condition ?? null,
    lossReason: movement.lossReason ?? null,
    note: movement.note ?? null,
    actorId,
    at: now,
  });
  await tx
    .update(equipmentItems)
    .set({
      status: after.status,
      depotId: after.depotId,
      districtCode,
      currentLoanId: after.loanId,
      ...(after.status !== before.status ? { statusChangedAt: now } : {}),
      updatedAt: now,
    })
    .where(eq(equipmentItems.id, item.id));
  return after;
}
