// An extension: the due date moves (from the due date, or from today when already late), with a reason, counted
// against the organisation's limit; reminders and the overdue escalation start afresh for the new date.
import { eq } from 'drizzle-orm';
import type { ExtendLoanBody, LoanDetail } from '../../../shared/contracts/loans.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { loans } from '../../db/schema/index.js';
import { extendLoan } from '../../domain/lending/loan-schedule.js';
import { lendingError, recordLoanEvent, runLoanAction } from './loan-action.js';

export async function extendLoanFor(db: Db, actor: Actor, loanId: string, input: ExtendLoanBody): Promise<LoanDetail> {
  return runLoanAction(db, actor, loanId, 'extend', async (tx, row, policy, now) => {
    const result = extendLoan(
      { active: row.status === 'active', dueOn: row.dueOn, extensions: row.extensions },
      input,
      policy,
      now,
    );
    if (!result.ok) {
      throw lendingError(result.code, {
        max: result.code === 'extension_days_invalid' ? policy.maxExtensionDays : policy.maxExtensions,
      });
    }
    await tx
      .update(loans)
      .set({ dueOn: result.dueOn, extensions: result.extensions, remindersSent: [], updatedAt: now })
      .where(eq(loans.id, row.id));
    await recordLoanEvent(tx, row, {
      type: 'extended',
      actorId: actor.userId,
      at: now,
      details: {
        days: input.days,
        reason: input.reason,
        previousDueOn: row.dueOn,
        dueOn: result.dueOn,
        extensions: result.extensions,
      },
    });
  });
}
