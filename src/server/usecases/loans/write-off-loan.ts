// A device that did not come back (not returned, sub-let, stolen): a coordinator writes it off — the item leaves the
// books through its ledger (`written_off`, with the loss reason), tracked accessories with it, and the loan is closed
// as lost. What is left of the deposit stays held until settled (a deduction towards the loss, say).
import { eq } from 'drizzle-orm';
import type { LoanDetail, WriteOffLoanBody } from '../../../shared/contracts/loans.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { loans } from '../../db/schema/index.js';
import { recordLoanEvent, runLoanAction } from './loan-action.js';
import { moveLoanItem } from './move-loan-item.js';

export async function writeOffLoan(db: Db, actor: Actor, loanId: string, input: WriteOffLoanBody): Promise<LoanDetail> {
  return runLoanAction(db, actor, loanId, 'writeOff', async (tx, row, _policy, now) => {
    const itemIds = [row.itemId, ...row.accessories.flatMap((a) => (a.itemId ? [a.itemId] : []))];
    for (const itemId of itemIds) {
      await moveLoanItem(tx, itemId, {
        kind: 'written_off',
        loanId: row.id,
        lossReason: input.lossReason,
        note: input.note,
        actorId: actor.userId,
        at: now,
      });
    }
    await tx
      .update(loans)
      .set({ status: 'lost', lostAt: now, lossReason: input.lossReason, closedNote: input.note, updatedAt: now })
      .where(eq(loans.id, row.id));
    await recordLoanEvent(tx, row, {
      type: 'written_off',
      actorId: actor.userId,
      at: now,
      details: { lossReason: input.lossReason, note: input.note },
    });
  });
}
