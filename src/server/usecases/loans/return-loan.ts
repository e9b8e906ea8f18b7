// The return: the device checked (full, empty, partly used, damaged) and put back through its ledger — to the depot
// it left from or another — tracked accessories with it unless reported missing; the loan closed with what was
// missing. The deposit is settled separately (settle-deposit.ts), after the check.
import { eq } from 'drizzle-orm';
import type { LoanDetail, ReturnLoanBody } from '../../../shared/contracts/loans.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { depots, loans } from '../../db/schema/index.js';
import { lendingAccess } from '../../domain/lending/abilities.js';
import { notFound } from '../../errors.js';
import { recordCaseEvent } from '../cases/case-context.js';
import { lendingError, recordLoanEvent, runLoanAction } from './loan-action.js';
import { moveLoanItem } from './move-loan-item.js';

export async function returnLoan(db: Db, actor: Actor, loanId: string, input: ReturnLoanBody): Promise<LoanDetail> {
  return runLoanAction(db, actor, loanId, 'return', async (tx, row, _policy, now) => {
    if (input.depotId && input.depotId !== row.depotId) {
      const [depot] = await tx.select().from(depots).where(eq(depots.id, input.depotId));
      if (!depot || depot.organisationId !== row.organisationId || lendingAccess(actor, depot) !== 'work') {
        throw notFound();
      }
    }
    const missing = input.accessoriesMissing;
    // A tracked accessory reported missing must be one this loan lent.
    const lentIds = new Set(row.accessories.flatMap((a) => (a.itemId ? [a.itemId] : [])));
    if (missing.some((m) => m.itemId !== null && !lentIds.has(m.itemId))) throw lendingError('accessory_unavailable');
    const returned = await moveLoanItem(tx, row.itemId, {
      kind: 'returned',
      loanId: row.id,
      toDepotId: input.depotId ?? null,
      condition: input.condition,
      note: input.note ?? null,
      actorId: actor.userId,
      at: now,
    });
    for (const accessory of row.accessories) {
      if (!accessory.itemId) continue;
      const lost = missing.some((m) => m.itemId === accessory.itemId);
      await moveLoanItem(tx, accessory.itemId, {
        kind: lost ? 'written_off' : 'returned',
        loanId: row.id,
        toDepotId: lost ? null : (input.depotId ?? null),
        condition: lost ? null : 'full',
        lossReason: lost ? 'not_returned' : null,
        actorId: actor.userId,
        at: now,
      });
    }
    await tx
      .update(loans)
      .set({
        status: 'returned',
        returnedAt: now,
        returnedToId: actor.userId,
        returnDepotId: returned.depotId,
        returnCondition: input.condition,
        accessoriesMissing: missing.map((m) => ({ kind: m.kind, itemId: m.itemId, quantity: m.quantity })),
        closedNote: input.note ?? null,
        updatedAt: now,
      })
      .where(eq(loans.id, row.id));
    const details = {
      condition: input.condition,
      depotId: returned.depotId,
      accessoriesMissing: missing.map((m) => ({ kind: m.kind, quantity: m.quantity })),
    };
    await recordLoanEvent(tx, row, { type: 'returned', actorId: actor.userId, at: now, details });
    await recordCaseEvent(tx, {
      caseId: row.caseId,
      actorId: actor.userId,
      type: 'loan_returned',
      after: { loanId: row.id, reference: row.reference, condition: input.condition },
      at: now,
    });
  });
}
