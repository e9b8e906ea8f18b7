// Queues a job: one row in `jobs`. Pass the caller's transaction to queue it with the change that calls for it
// (it then exists exactly when the change committed). A unique key makes it one of a kind: a second enqueue with
// the same key does nothing and returns null.
import { EventEmitter } from 'node:events';
import { sql } from 'drizzle-orm';
import { rowsOf, type DbOrTx } from '../db/client.js';
import { jobs } from '../db/schema/index.js';
import type { JobDefinition } from './define-job.js';
import { defaultRetryPolicy } from './job-timing.js';

/**
 * Wakes this process's runner when a job is queued here; it also polls (other processes, retries coming due).
 * Queued inside a transaction, the job is seen a moment later or at the next poll, once the transaction commits.
 */
export const jobsSignal = new EventEmitter();
jobsSignal.setMaxListeners(50);

export interface EnqueueOptions {
  /** Not before this moment (default: now). */
  runAt?: Date;
  /** At most one job with this key, ever (until old rows are pruned). */
  uniqueKey?: string;
}

export async function enqueueJob<Payload>(
  db: DbOrTx,
  definition: JobDefinition<Payload>,
  payload: Payload,
  options: EnqueueOptions = {},
): Promise<{ id: string } | null> {
  const checked = definition.payload.parse(payload);
  const [row] = await db
    .insert(jobs)
    .values({
      name: definition.name,
      payload: checked ?? {},
      maxAttempts: definition.retry?.maxAttempts ?? defaultRetryPolicy.maxAttempts,
      ...(options.runAt ? { runAt: options.runAt } : {}),
      ...(options.uniqueKey ? { uniqueKey: options.uniqueKey } : {}),
    })
    .onConflictDoNothing({ target: jobs.uniqueKey })
    .returning({ id: jobs.id });
  if (row) jobsSignal.emit('message');
  return row ?? null;
}

/**
 * Queues a scheduled run for its slot (`uniqueKey` names the slot), unless that slot is already queued — by this
 * process or another — or an earlier run of the same job is still waiting or running (no pile-up behind a slow
 * one; the next free slot runs instead). True when this call queued it.
 */
export async function enqueueScheduledJob(
  db: DbOrTx,
  definition: { name: string; payload: JobDefinition['payload']; retry?: JobDefinition['retry'] },
  slot: { uniqueKey: string; runAt: Date },
): Promise<boolean> {
  const payload = JSON.stringify(definition.payload.parse({}) ?? {});
  const maxAttempts = definition.retry?.maxAttempts ?? defaultRetryPolicy.maxAttempts;
  const inserted = rowsOf<{ id: string }>(
    await db.execute(sql`insert into jobs (name, payload, run_at, max_attempts, unique_key)
      select ${definition.name}, ${payload}::jsonb, ${slot.runAt.toISOString()}::timestamptz, ${maxAttempts},
        ${slot.uniqueKey}
      where not exists (select 1 from jobs where name = ${definition.name} and state in ('queued', 'running'))
      on conflict (unique_key) do nothing
      returning id`),
  );
  if (inserted.length > 0) jobsSignal.emit('message');
  return inserted.length > 0;
}
