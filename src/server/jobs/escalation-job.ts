// Checks every minute for critical cases past their target. Idempotent (an escalated case is never escalated
// again, and the cases are taken with SKIP LOCKED), so a re-run after a crash does no harm.
import { z } from 'zod';
import { escalateOverdueCases } from '../usecases/notifications/escalate-overdue-cases.js';
import { defineJob } from './define-job.js';

export const escalationJob = defineJob({
  name: 'escalation',
  payload: z.object({}),
  every: 60_000,
  // The next minute's run tries again anyway.
  retry: { maxAttempts: 2 },
  handler: async (_payload, { db, log }) => {
    const { escalated } = await escalateOverdueCases(db);
    if (escalated > 0) log.info({ escalated }, 'escalated overdue critical cases');
  },
});
