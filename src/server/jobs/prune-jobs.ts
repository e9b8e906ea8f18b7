// Keeps the jobs table small: finished runs are kept a day (failed ones a month) for the admins' Jobs page.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineJob } from './define-job.js';

export const pruneJobsJob = defineJob({
  name: 'prune-jobs',
  payload: z.object({}),
  every: 3_600_000,
  handler: async (_payload, { db }) => {
    await db.execute(sql`delete from jobs where (state = 'done' and finished_at < now() - interval '1 day')
      or (state = 'failed' and finished_at < now() - interval '30 days')`);
  },
});
