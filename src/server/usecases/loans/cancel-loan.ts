// A loan made by mistake, before the device left the depot: cancelled with a reason, and the device (and tracked
// accessories) back on the shelf as they were — through the ledger as a return in full condition, so the history
// still shows it was lent and taken back.
import { eq } from 'drizzle-orm';
import type { CancelLoanBody, LoanDetail } from '../../../shared/contracts/loans.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { loans } from '../../db/schema/index.js';
import { recordLoanEvent, runLoanAction } from './loan-action.js';
import { moveLoanItem } from './move-loan-item.js';

export async function cancelLoan(db: Db, actor: Actor, loanId: string, input: CancelLoanBody): Promise<LoanDetail> {
  return runLoanAction(db, actor, loanId, 'cancel', async (tx, row, _policy, now) => {
    const itemIds = [row.itemId, ...row.accessories.flatMap((a) => (a.itemId ? [a.itemId] : []))];
    for (const itemId of itemIds) {
      await moveLoanItem(tx, itemId, {
        kind: 'returned',
        loanId: row.id,
        condition: 'full',
        note: input.reason,
        actorId: actor.userId,
        at: now,
      });
    }
    await tx
      .update(loans)
      .set({ status: 'cancelled', closedNote: input.reason, updatedAt: now })
      .where(eq(loans.id, row.id));
    await recordLoanEvent(tx, row, {
      type: 'cancelled',
      actorId: actor.userId,
      at: now,
      details: { reason: input.reason },
    });
  });
}
