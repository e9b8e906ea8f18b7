import { z } from 'zod';
import { jobStates } from '../enums.js';
import { uuid } from './common.js';
import { queueStats } from './channels.js';

// The states are a closed set stored in the database (enums/jobs.ts); re-exported for the callers of this contract.
export { jobStates, type JobState } from '../enums.js';

export const jobView = z.object({
  id: uuid,
  name: z.string(),
  state: z.enum(jobStates),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  uniqueKey: z.string().nullable(),
  runAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  lastError: z.string().nullable(),
});
export type JobView = z.infer<typeof jobView>;

/** How many jobs of one name are in each state. */
export const jobCounts = z.object({
  name: z.string(),
  queued: z.number().int(),
  running: z.number().int(),
  done: z.number().int(),
  failed: z.number().int(),
});
export type JobCounts = z.infer<typeof jobCounts>;

export const jobsQuery = z.strictObject({
  state: z.enum(jobStates).optional(),
  name: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type JobsQuery = z.infer<typeof jobsQuery>;

export const jobsOverview = z.object({
  items: z.array(jobView),
  counts: z.array(jobCounts),
  /** The queue workers' tables (drained outside the jobs table): what waits and what was set aside. */
  queues: queueStats,
});
export type JobsOverview = z.infer<typeof jobsOverview>;
