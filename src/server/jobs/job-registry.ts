// Everything that runs in the background, in one list each: a new module adds its line here.
import type { FastifyBaseLogger } from 'fastify';
import type { Provider } from '../../shared/enums.js';
import type { Db } from '../db/client.js';
import type { CaseBus } from '../events/case-bus.js';
import type { AnyJobDefinition } from './define-job.js';
import type { QueueWorker } from './drain-loop.js';
import { escalationJob } from './escalation-job.js';
import { inboxWorker } from './inbox-worker.js';
import { loanReminderJob } from './loan-reminder-job.js';
import { outboundWorker } from './outbound-worker.js';
import { outreachJob } from './outreach-job.js';
import { pruneJobsJob } from './prune-jobs.js';
import { transfusionRosterJob } from './transfusion-roster-job.js';
import { twitterPollJob } from './twitter-poller.js';

/** Jobs on the `jobs` table: run at a time, run every so often, retried, visible on the Jobs page. */
export const jobDefinitions: readonly AnyJobDefinition[] = [
  escalationJob,
  twitterPollJob,
  pruneJobsJob,
  outreachJob,
  loanReminderJob,
  transfusionRosterJob,
];

/** Queues with tables of their own, drained at high rates by lanes (see ARCHITECTURE.md, Jobs). */
export function queueWorkers(deps: {
  db: Db;
  bus: CaseBus;
  log: FastifyBaseLogger;
  publicUrl: string;
  baseUrlFor: (provider: Provider) => string;
  fetch?: typeof fetch;
  inboxLanes: number;
  inboxBatchSize: number;
}): QueueWorker[] {
  return [inboxWorker({ ...deps, concurrency: deps.inboxLanes, batchSize: deps.inboxBatchSize }), outboundWorker(deps)];
}
