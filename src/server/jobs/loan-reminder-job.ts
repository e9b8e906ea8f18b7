// Every minute: the borrowers' due reminders (the day before and on the due date) and the coordinators' overdue
// escalations (once per due date). Both take their loans with SKIP LOCKED and mark what they did in the same
// transaction, so a re-run after a crash, or a second process, sends nothing twice.
import { z } from 'zod';
import { escalateOverdueLoans } from '../usecases/loans/escalate-overdue-loans.js';
import { sendLoanReminders } from '../usecases/loans/send-loan-reminders.js';
import { defineJob } from './define-job.js';

export const loanReminderJob = defineJob({
  name: 'loan-reminders',
  payload: z.object({}),
  every: 60_000,
  // The next minute's run tries again anyway.
  retry: { maxAttempts: 2 },
  handler: async (_payload, { db, log }) => {
    const { queued } = await sendLoanReminders(db);
    const { escalated } = await escalateOverdueLoans(db);
    if (queued > 0 || escalated > 0) log.info({ queued, escalated }, 'loan reminders and overdue escalations');
  },
});
