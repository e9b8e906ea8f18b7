// The deposit after the loan: refunded, or deducted with a reason (a missing mask, a damaged regulator), never below
// zero — the rule here and the loans_deposit_not_negative check in the database.
import { eq } from 'drizzle-orm';
import type { DepositSettlementBody, LoanDetail } from '../../../shared/contracts/loans.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { loans } from '../../db/schema/index.js';
import { depositBalance, settleDeposit } from '../../domain/lending/deposits.js';
import { lendingError, recordLoanEvent, runLoanAction } from './loan-action.js';

export async function settleLoanDeposit(
  db: Db,
  actor: Actor,
  loanId: string,
  input: DepositSettlementBody,
): Promise<LoanDetail> {
  return runLoanAction(
    db,
    actor,
    loanId,
    input.kind === 'refund' ? 'refundDeposit' : 'deductDeposit',
    async (tx, row, _policy, now) => {
      const held = { amount: row.depositAmount, refunded: row.depositRefunded, deducted: row.depositDeducted };
      const result = settleDeposit(held, {
        kind: input.kind,
        amount: input.amount,
        reason: input.kind === 'deduct' ? input.reason : null,
      });
      if (!result.ok) throw lendingError(result.code, { balance: depositBalance(held) });
      await tx
        .update(loans)
        .set({ depositRefunded: result.deposit.refunded, depositDeducted: result.deposit.deducted, updatedAt: now })
        .where(eq(loans.id, row.id));
      await recordLoanEvent(tx, row, {
        type: input.kind === 'refund' ? 'deposit_refunded' : 'deposit_deducted',
        actorId: actor.userId,
        at: now,
        details:
          input.kind === 'refund'
            ? { amount: input.amount, ...(input.reference ? { reference: input.reference } : {}) }
            : { amount: input.amount, reason: input.reason },
      });
    },
  );
}
