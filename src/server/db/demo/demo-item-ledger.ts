// The demo's items and their ledgers, built in memory: every movement is checked by the ledger rule
// (domain/lending/item-ledger.ts) as it is added, and the item row's status, home depot and loan are the fold's.
import { randomBytes, randomUUID } from 'node:crypto';
import type { equipmentItems, itemMovements } from '../schema/index.js';
import { applyMovement, type ItemState, type Movement } from '../../domain/lending/item-ledger.js';

/** The random token a QR label carries. */
export const qrToken = () => randomBytes(18).toString('base64url');

export interface ItemDraft {
  row: typeof equipmentItems.$inferInsert & { id: string };
  state: ItemState | null;
  movements: (typeof itemMovements.$inferInsert)[];
}

/** Items and their ledgers, each movement checked by the ledger rule as it is added. */
export class DemoLedger {
  readonly items = new Map<string, ItemDraft>();

  constructor(private readonly organisationId: string) {}

  receive(
    row: Omit<typeof equipmentItems.$inferInsert, 'organisationId' | 'status' | 'id'>,
    at: Date,
    actorId: string | null,
  ): void {
    const id = randomUUID();
    const draft: ItemDraft = {
      row: {
        ...row,
        id,
        organisationId: this.organisationId,
        status: 'available',
        createdAt: at,
        createdById: actorId,
      },
      state: null,
      movements: [],
    };
    this.items.set(row.label, draft);
    this.move(row.label, { kind: 'received', toDepotId: row.depotId, condition: 'full' }, at, actorId);
  }

  move(
    label: string,
    movement: Movement & { refillOrderId?: string; note?: string },
    at: Date,
    actorId: string | null,
  ): void {
    const draft = this.items.get(label);
    if (!draft) throw new Error(`demo data: no item ${label}`);
    const result = applyMovement(draft.row.kind, draft.state, movement);
    if (!result.ok) throw new Error(`demo data: ${label} cannot be ${movement.kind} (${result.code})`);
    draft.movements.push({
      organisationId: this.organisationId,
      itemId: draft.row.id,
      kind: movement.kind,
      fromStatus: draft.state?.status ?? null,
      toStatus: result.state.status,
      fromDepotId: draft.state?.depotId ?? null,
      toDepotId: result.state.depotId,
      loanId: movement.loanId ?? null,
      refillOrderId: movement.refillOrderId ?? null,
      condition: movement.condition ?? null,
      note: movement.note ?? null,
      actorId,
      at,
    });
    draft.state = result.state;
    draft.row.status = result.state.status;
    draft.row.depotId = result.state.depotId;
    draft.row.currentLoanId = result.state.status === 'lent' ? result.state.loanId : null;
    draft.row.statusChangedAt = at;
    draft.row.updatedAt = at;
  }

  id(label: string): string {
    const draft = this.items.get(label);
    if (!draft) throw new Error(`demo data: no item ${label}`);
    return draft.row.id;
  }
}
