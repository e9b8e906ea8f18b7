// A movement recorded by hand on an item's page (moved between depots, marked empty, to and from repair, found,
// written off, retired). Lending, returns and refills move items through their own use cases. The item is locked,
// so of two people moving one item at once exactly one succeeds and the other is told why not.
import { eq } from 'drizzle-orm';
import type { ItemDetail, ItemMovementBody } from '../../../shared/contracts/equipment.js';
import type { ItemCan } from '../../../shared/contracts/lending-can.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { depots } from '../../db/schema/index.js';
import { depotAbilities } from '../../domain/lending/abilities.js';
import type { ItemRow } from '../../presenters/equipment.js';
import { itemDetailFor } from './item-reads.js';
import { fieldError, lendingError } from './lending-error.js';
import { lockItemFor, recordMovement } from './record-movement.js';

const abilityFor: Record<ItemMovementBody['kind'], keyof ItemCan> = {
  moved: 'move',
  marked_empty: 'markEmpty',
  sent_for_repair: 'sendForRepair',
  back_from_repair: 'backFromRepair',
  found: 'markFound',
  written_off: 'writeOff',
  retired: 'retire',
};

/** A depot the item may go to: the item's organisation's, open, and one the actor works. */
export async function checkTargetDepot(tx: DbOrTx, actor: Actor, item: ItemRow, depotId: string): Promise<void> {
  const [depot] = await tx.select().from(depots).where(eq(depots.id, depotId));
  if (!depot || depot.organisationId !== item.organisationId || depotAbilities(actor, depot).receiveItems !== true) {
    throw fieldError('toDepotId', 'unavailable');
  }
  if (!depot.active) throw lendingError('depot_closed');
}

export async function moveItem(
  db: Db,
  actor: Actor,
  itemId: string,
  body: ItemMovementBody,
  publicUrl: string,
): Promise<ItemDetail> {
  const now = new Date();
  const item = await db.transaction(async (tx) => {
    const locked = await lockItemFor(tx, actor, itemId, abilityFor[body.kind]);
    // A lent item is written off through its loan, which closes the loan with it.
    if (body.kind === 'written_off' && locked.status === 'lent') throw lendingError('item_lent');
    const toDepotId = 'toDepotId' in body ? (body.toDepotId ?? null) : null;
    if (toDepotId && toDepotId !== locked.depotId) await checkTargetDepot(tx, actor, locked, toDepotId);
    await recordMovement(
      tx,
      locked,
      {
        kind: body.kind,
        toDepotId,
        condition: 'condition' in body ? body.condition : null,
        lossReason: body.kind === 'written_off' ? body.lossReason : null,
        note: body.note || null,
      },
      actor.userId,
      now,
    );
    return locked;
  });
  return itemDetailFor(db, actor, item, publicUrl);
}
