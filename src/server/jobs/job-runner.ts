// The one place background work runs, and the one place it stops. Two kinds of registered things:
//  - job definitions (the `jobs` table): claimed with FOR UPDATE SKIP LOCKED under a lease that the running
//    process renews; done, or tried again later (exponential backoff with jitter), or failed once its attempts
//    run out. A `running` row whose lease passed belongs to a dead process: the next claim takes it, counting
//    the attempt. Scheduled definitions (`every`) get one run per slot, named by a unique key;
//  - queue workers (inbox, outbound): their own tables, drained by lanes (drain-loop.ts).
// Several server processes may share one database: each job runs in one of them at a time.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client.js';
import { textArray } from '../db/sql-helpers.js';
import { everyMsOf, type AnyJobDefinition, type JobServices } from './define-job.js';
import { startDrainLoop, type DrainLoop, type QueueWorker } from './drain-loop.js';
import { enqueueScheduledJob, jobsSignal } from './enqueue-job.js';
import { defaultRetryPolicy, nextSlotStart, retryDelayMs, slotKey, slotStart } from './job-timing.js';

export interface JobRunnerOptions {
  db: Db;
  log: FastifyBaseLogger;
  jobs: readonly AnyJobDefinition[];
  queues?: readonly QueueWorker[];
  services: JobServices;
  /** Jobs this process runs at once (default 4). */
  concurrency?: number;
  /** A run's lease unless its definition says otherwise (default a minute); renewed every third of it. */
  leaseMs?: number;
  /** How often idle runners look for due jobs (default a second); a job queued in this process wakes them. */
  pollMs?: number;
  /** Queue the scheduled definitions' runs (default on). */
  schedule?: boolean;
  /** How long `stop()` waits for jobs in hand before it gives up on them (their leases then lapse). */
  stopGraceMs?: number;
  /** Names this process in `locked_by`. */
  workerId?: string;
  random?: () => number;
}

export interface JobRunner {
  readonly workerId: string;
  stop(): Promise<void>;
}

export interface ClaimedJob {
  id: string;
  name: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  uniqueKey: string | null;
}

const defaultLeaseMs = 60_000;
export const interruptedError = 'interrupted: the process running it stopped before it finished (lease expired)';

export function newWorkerId(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

const leaseOf = (options: { leaseMs?: number | undefined }, definition: AnyJobDefinition | undefined): number =>
  definition?.leaseMs ?? options.leaseMs ?? defaultLeaseMs;

/** Takes up to `limit` due jobs (queued and due, or running with a lapsed lease) for this worker. */
export async function claimJobs(
  options: Pick<JobRunnerOptions, 'db' | 'jobs' | 'leaseMs'> & { workerId: string },
  limit: number,
): Promise<ClaimedJob[]> {
  if (limit <= 0 || options.jobs.length === 0) return [];
  const names = options.jobs.map((j) => j.name);
  const lease = sql`case j.name ${sql.join(
    options.jobs.map((j) => sql`when ${j.name} then ${leaseOf(options, j)}::int`),
    sql` `,
  )} else ${options.leaseMs ?? defaultLeaseMs}::int end`;
  const rows = rowsOf<{
    id: string;
    name: string;
    payload: unknown;
    attempts: number;
    max_attempts: number;
    run_at: string | Date;
    unique_key: string | null;
  }>(
    await options.db.execute(sql`with next as (
        select id from jobs
        where name = any(${textArray(names)})
          and ((state = 'queued' and run_at <= now()) or (state = 'running' and locked_until < now()))
        order by run_at, created_at
        limit ${limit}
        for update skip locked
      )
      update jobs j set state = 'running', attempts = j.attempts + 1, locked_by = ${options.workerId},
        locked_until = now() + ${lease} * interval '1 millisecond', started_at = now(), finished_at = null,
        last_error = case when j.state = 'running' then ${interruptedError} else j.last_error end
      from next where j.id = next.id
      returning j.id, j.name, j.payload, j.attempts, j.max_attempts, j.run_at, j.unique_key`),
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    payload: r.payload,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    runAt: new Date(r.run_at),
    uniqueKey: r.unique_key,
  }));
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  return text.slice(0, 2_000);
}

/** Marks the end of a run this worker still holds; false when its lease was lost to another process. */
async function finish(
  db: Db,
  job: ClaimedJob,
  workerId: string,
  outcome: { state: 'done' } | { state: 'failed'; error: string } | { state: 'queued'; error: string; delayMs: number },
): Promise<boolean> {
  const set =
    outcome.state === 'done'
      ? sql`state = 'done', finished_at = now()`
      : outcome.state === 'failed'
        ? sql`state = 'failed', finished_at = now(), last_error = ${outcome.error}`
        : sql`state = 'queued', run_at = now() + ${outcome.delayMs}::int * interval '1 millisecond',
            last_error = ${outcome.error}`;
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`update jobs set ${set}, locked_by = null, locked_until = null
      where id = ${job.id}::uuid and locked_by = ${workerId} and state = 'running' returning id`),
  );
  return rows.length > 0;
}

/** Runs one claimed job under its lease and records how it ended. Never throws for the handler's errors. */
export async function runClaimedJob(options: JobRunnerOptions & { workerId: string }, job: ClaimedJob): Promise<void> {
  const { db, workerId } = options;
  const definition = options.jobs.find((d) => d.name === job.name);
  const log = options.log.child({ job: job.name, jobId: job.id, attempt: job.attempts });
  if (!definition) {
    await finish(db, job, workerId, { state: 'failed', error: `no job definition named "${job.name}"` });
    return;
  }
  if (job.attempts > job.maxAttempts) {
    log.error('job interrupted on its last attempt: failed');
    await finish(db, job, workerId, { state: 'failed', error: interruptedError });
    return;
  }
  const parsed = definition.payload.safeParse(job.payload);
  if (!parsed.success) {
    await finish(db, job, workerId, { state: 'failed', error: `invalid payload: ${parsed.error.message}` });
    return;
  }
  const leaseMs = leaseOf(options, definition);
  const lost = new AbortController();
  const heartbeat = setInterval(
    () => {
      db.execute(
        sql`update jobs set locked_until = now() + ${leaseMs}::int * interval '1 millisecond'
          where id = ${job.id}::uuid and locked_by = ${workerId} and state = 'running' returning id`,
      )
        .then((result) => {
          if (rowsOf(result).length === 0 && !lost.signal.aborted) {
            log.warn('job lease lost to another process');
            lost.abort(new Error('lease lost'));
          }
        })
        .catch((error: unknown) => log.warn({ err: error }, 'job lease renewal failed'));
    },
    Math.max(Math.floor(leaseMs / 3), 50),
  );
  heartbeat.unref();
  let outcome: Parameters<typeof finish>[3];
  try {
    await definition.handler(parsed.data as never, {
      db,
      log,
      services: options.services,
      job: { id: job.id, name: job.name, attempt: job.attempts, runAt: job.runAt, uniqueKey: job.uniqueKey },
      signal: lost.signal,
    });
    outcome = { state: 'done' };
  } catch (error) {
    const message = errorText(error);
    if (job.attempts >= job.maxAttempts) {
      log.error({ err: error }, 'job failed; no attempts left');
      outcome = { state: 'failed', error: message };
    } else {
      const policy = { ...defaultRetryPolicy, ...definition.retry };
      const delayMs = retryDelayMs(job.attempts, policy, options.random);
      log.warn({ err: error, retryInMs: delayMs }, 'job failed; will try again');
      outcome = { state: 'queued', error: message, delayMs };
    }
  } finally {
    clearInterval(heartbeat);
  }
  if (!(await finish(db, job, workerId, outcome))) log.warn('job finished after its lease was taken over');
}

/**
 * Queues the current slot's run of every scheduled definition (one per slot across all processes). Returns the
 * keys this call queued.
 */
export async function scheduleJobs(
  db: Db,
  jobs: readonly AnyJobDefinition[],
  services: JobServices,
  now = new Date(),
): Promise<string[]> {
  const queued: string[] = [];
  for (const definition of jobs) {
    const every = everyMsOf(definition, services);
    if (every === null) continue;
    const uniqueKey = slotKey(definition.name, every, now);
    if (await enqueueScheduledJob(db, definition, { uniqueKey, runAt: slotStart(every, now) })) queued.push(uniqueKey);
  }
  return queued;
}

/** Claims and runs due jobs until none is left (tests and the CLI, where no runner is started). */
export async function runDueJobs(options: JobRunnerOptions & { workerId?: string }): Promise<number> {
  const runner = { ...options, workerId: options.workerId ?? newWorkerId() };
  let ran = 0;
  for (;;) {
    const claimed = await claimJobs(runner, options.concurrency ?? 4);
    if (claimed.length === 0) return ran;
    await Promise.all(claimed.map((job) => runClaimedJob(runner, job)));
    ran += claimed.length;
  }
}

export function startJobRunner(options: JobRunnerOptions): JobRunner {
  const workerId = options.workerId ?? newWorkerId();
  const runner = { ...options, workerId };
  const concurrency = options.concurrency ?? 4;
  const inFlight = new Set<Promise<void>>();
  let stopped = false;

  const jobsWorker: QueueWorker = {
    name: 'jobs',
    signal: jobsSignal,
    lanes: 1,
    pollMs: options.pollMs ?? 1_000,
    step: async () => {
      const free = concurrency - inFlight.size;
      if (free <= 0) {
        await Promise.race(inFlight);
        return true;
      }
      const claimed = await claimJobs(runner, free);
      for (const job of claimed) {
        const running: Promise<void> = runClaimedJob(runner, job)
          .catch((error: unknown) => options.log.error({ err: error, jobId: job.id }, 'job bookkeeping failed'))
          .finally(() => inFlight.delete(running));
        inFlight.add(running);
      }
      // A full batch: there may be more waiting.
      return claimed.length === free;
    },
  };
  const loops: DrainLoop[] = [jobsWorker, ...(options.queues ?? [])].map((w) => startDrainLoop(w, options.log));

  // The scheduler wakes at the next slot boundary of any scheduled definition (or soon after a failure).
  let timer: NodeJS.Timeout | undefined;
  const scheduled = options.jobs.flatMap((d) => {
    const every = everyMsOf(d, options.services);
    return every === null ? [] : [every];
  });
  const tick = async () => {
    let delayMs = options.pollMs ?? 1_000;
    try {
      await scheduleJobs(options.db, options.jobs, options.services);
      const now = new Date();
      delayMs = Math.min(...scheduled.map((every) => nextSlotStart(every, now).getTime() - now.getTime())) + 5;
    } catch (error) {
      options.log.error({ err: error }, 'scheduling jobs failed');
    }
    if (!stopped) timer = setTimeout(() => (ticking = tick()), delayMs);
  };
  let ticking = options.schedule !== false && scheduled.length > 0 ? tick() : Promise.resolve();

  return {
    workerId,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await ticking;
      await Promise.all(loops.map((loop) => loop.stop()));
      // Jobs in hand finish before the database closes; one that will not is left to its lease.
      let grace: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<void>((resolve) => {
        grace = setTimeout(resolve, options.stopGraceMs ?? 10_000);
      });
      await Promise.race([Promise.all(inFlight), gaveUp]);
      clearTimeout(grace);
    },
  };
}
