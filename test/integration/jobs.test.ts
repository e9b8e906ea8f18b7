// The jobs module on the database kind of this pass: scheduled runs are queued once per slot however many
// runners race, two runners never run the same job, failures are retried then set aside with their error, a
// lapsed lease is taken over, and admins (only) see it all at /api/v1/jobs. On PostgreSQL the two runners use
// two connection pools, as two server processes would; PGlite is single-process, so there they share one.
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { z } from 'zod';
import { openDatabase, rowsOf, type Database, type Db } from '../../src/server/db/client.js';
import { defineJob, type AnyJobDefinition, type JobServices } from '../../src/server/jobs/define-job.js';
import { enqueueJob } from '../../src/server/jobs/enqueue-job.js';
import {
  claimJobs,
  interruptedError,
  runDueJobs,
  scheduleJobs,
  startJobRunner,
  type JobRunner,
} from '../../src/server/jobs/job-runner.js';
import { createTestApp, signIn, type Client, type TestContext } from '../support/app.js';
import { withDatabase } from '../support/global-setup.js';
import { expectProblem } from '../support/problem.js';
import { buildWorld, type World } from '../support/world.js';

const log = pino({ level: 'silent' }) as FastifyBaseLogger;
const services: JobServices = { baseUrlFor: () => 'http://127.0.0.1:9', twitterIntervalMs: 60_000 };

let ctx: TestContext;
let world: World;
let first: Db;
let second: Db;
let secondDatabase: Database | null = null;

beforeAll(async () => {
  ctx = await createTestApp();
  world = await buildWorld(ctx.database.db);
  first = ctx.database.db;
  const target = inject('testDb');
  if (target.kind === 'postgres') {
    const [row] = rowsOf<{ name: string }>(await first.execute(sql`select current_database() as name`));
    secondDatabase = await openDatabase({
      kind: 'postgres',
      url: withDatabase(target.url, row?.name ?? ''),
      maxConnections: 5,
    });
    second = secondDatabase.db;
  } else {
    second = first;
  }
  await first.execute(sql`create table job_test_runs (id bigserial primary key, job_id uuid not null,
    worker text not null, event text not null, at timestamptz not null default clock_timestamp())`);
});
afterAll(async () => {
  await secondDatabase?.close();
  await ctx.close();
});

async function record(db: Db, jobId: string, worker: string, event: 'start' | 'end'): Promise<void> {
  await db.execute(sql`insert into job_test_runs (job_id, worker, event) values (${jobId}::uuid, ${worker}, ${event})`);
}

async function count(query: ReturnType<typeof sql>): Promise<number> {
  return Number(rowsOf<{ n: number | string }>(await first.execute(query))[0]?.n ?? 0);
}

async function jobRow(id: string) {
  const [row] = rowsOf<{ state: string; attempts: number; last_error: string | null; finished_at: unknown }>(
    await first.execute(sql`select state, attempts, last_error, finished_at from jobs where id = ${id}::uuid`),
  );
  if (!row) throw new Error(`no job ${id}`);
  return row;
}

/** Two runners, as two processes would run them (one on each database handle). */
function startTwo(
  definitionsFor: (worker: string) => AnyJobDefinition[],
  options: { concurrency?: number } = {},
): JobRunner[] {
  return [
    ['a', first],
    ['b', second],
  ].map(([worker, db]) =>
    startJobRunner({
      db: db as Db,
      log,
      jobs: definitionsFor(worker as string),
      services,
      pollMs: 50,
      concurrency: options.concurrency ?? 3,
      workerId: `runner-${worker as string}`,
    }),
  );
}

describe('scheduled jobs', () => {
  it('queue one run per slot however many schedulers race for it', async () => {
    const race = defineJob({ name: 'race-test', payload: z.object({}), every: 60_000, handler: async () => {} });
    const now = new Date('2030-01-01T00:00:30Z');
    const queued = await Promise.all(
      Array.from({ length: 20 }, (_, i) => scheduleJobs(i % 2 === 0 ? first : second, [race], services, now)),
    );
    expect(queued.flat()).toEqual(['race-test:2030-01-01T00:00']);
    expect(await count(sql`select count(*) as n from jobs where name = 'race-test'`)).toBe(1);
  });

  it('run each slot once with two runners scheduling and claiming at the same time', async () => {
    const tick = (worker: string) =>
      defineJob({
        name: 'tick-test',
        payload: z.object({}),
        every: 250,
        handler: async (_payload, { db, job }) => {
          await record(db, job.id, worker, 'start');
          await record(db, job.id, worker, 'end');
        },
      });
    const runners = startTwo((worker) => [tick(worker)]);
    try {
      await expect
        .poll(() => count(sql`select count(*) as n from jobs where name = 'tick-test' and state = 'done'`), {
          timeout: 15_000,
        })
        .toBeGreaterThanOrEqual(4);
    } finally {
      await Promise.all(runners.map((r) => r.stop()));
    }
    const slots = rowsOf<{ unique_key: string; runs: number | string }>(
      await first.execute(sql`select j.unique_key, count(r.id) filter (where r.event = 'start') as runs
        from jobs j left join job_test_runs r on r.job_id = j.id
        where j.name = 'tick-test' and j.state = 'done' group by j.unique_key`),
    );
    expect(slots.length).toBeGreaterThanOrEqual(4);
    expect(slots.every((s) => /^tick-test:\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(s.unique_key))).toBe(true);
    expect(slots.map((s) => Number(s.runs))).toEqual(slots.map(() => 1));
  });
});

describe('two runners on one database', () => {
  it('never run the same job, and each job runs exactly once', async () => {
    const work = (worker: string) =>
      defineJob({
        name: 'work-test',
        payload: z.object({ n: z.number().int() }),
        handler: async (payload, { db, job }) => {
          await record(db, job.id, worker, 'start');
          // A little work, of varied length, so the runners' claims interleave.
          await new Promise((resolve) => setTimeout(resolve, 5 + (payload.n % 4) * 5));
          await record(db, job.id, worker, 'end');
        },
      });
    const definition = work('enqueuer');
    for (let n = 0; n < 40; n += 1) await enqueueJob(first, definition, { n });
    const runners = startTwo((worker) => [work(worker)]);
    try {
      await expect
        .poll(() => count(sql`select count(*) as n from jobs where name = 'work-test' and state = 'done'`), {
          timeout: 20_000,
        })
        .toBe(40);
    } finally {
      await Promise.all(runners.map((r) => r.stop()));
    }
    const runs = rowsOf<{ job_id: string; starts: number | string; ends: number | string; workers: number | string }>(
      await first.execute(sql`select j.id as job_id, count(*) filter (where r.event = 'start') as starts,
          count(*) filter (where r.event = 'end') as ends, count(distinct r.worker) as workers
        from jobs j left join job_test_runs r on r.job_id = j.id where j.name = 'work-test' group by j.id`),
    );
    expect(runs).toHaveLength(40);
    expect(runs.filter((r) => Number(r.starts) !== 1 || Number(r.ends) !== 1 || Number(r.workers) !== 1)).toEqual([]);
    // Both took part: the claims really raced.
    const workers = rowsOf<{ worker: string }>(
      await first.execute(sql`select distinct r.worker from job_test_runs r join jobs j on j.id = r.job_id
        where j.name = 'work-test' order by 1`),
    );
    expect(workers.map((w) => w.worker)).toEqual(['a', 'b']);
  });
});

describe('failures', () => {
  it('are tried again after a pause, and the job is done once an attempt succeeds', async () => {
    const flaky = defineJob({
      name: 'flaky-test',
      payload: z.object({}),
      retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1 },
      handler: async (_payload, { job }) => {
        if (job.attempt < 3) throw new Error(`boom ${job.attempt}`);
      },
    });
    const queued = await enqueueJob(first, flaky, {});
    const id = queued?.id ?? '';
    await expect
      .poll(async () => {
        await runDueJobs({ db: first, log, jobs: [flaky], services });
        return (await jobRow(id)).state;
      })
      .toBe('done');
    expect(await jobRow(id)).toMatchObject({ attempts: 3, last_error: 'boom 2' });
  });

  it('set the job aside as failed, with its error, when the attempts run out', async () => {
    const doomed = defineJob({
      name: 'doomed-test',
      payload: z.object({}),
      retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 },
      handler: async () => {
        throw new Error('always');
      },
    });
    const id = (await enqueueJob(first, doomed, {}))?.id ?? '';
    await expect
      .poll(async () => {
        await runDueJobs({ db: first, log, jobs: [doomed], services });
        return (await jobRow(id)).state;
      })
      .toBe('failed');
    const row = await jobRow(id);
    expect(row).toMatchObject({ attempts: 2, last_error: 'always' });
    expect(row.finished_at).not.toBeNull();
  });

  it('fail a stored payload the definition does not accept, without running it', async () => {
    let ran = false;
    const strict = defineJob({
      name: 'strict-test',
      payload: z.object({ caseId: z.uuid() }),
      handler: async () => {
        ran = true;
      },
    });
    await expect(enqueueJob(first, strict, { caseId: 'nope' })).rejects.toThrow();
    const [row] = rowsOf<{ id: string }>(
      await first.execute(sql`insert into jobs (name, payload) values ('strict-test', '{"caseId": 1}') returning id`),
    );
    await runDueJobs({ db: first, log, jobs: [strict], services });
    expect(await jobRow(row?.id ?? '')).toMatchObject({ state: 'failed', attempts: 1 });
    expect((await jobRow(row?.id ?? '')).last_error).toMatch(/^invalid payload/);
    expect(ran).toBe(false);
  });
});

describe('unique keys and leases', () => {
  const once = defineJob({ name: 'once-test', payload: z.object({}), handler: async () => {} });

  it('queue a job with a unique key only once', async () => {
    expect(await enqueueJob(first, once, {}, { uniqueKey: 'once-test:report-2030-01-01' })).not.toBeNull();
    expect(await enqueueJob(second, once, {}, { uniqueKey: 'once-test:report-2030-01-01' })).toBeNull();
    expect(await count(sql`select count(*) as n from jobs where unique_key = 'once-test:report-2030-01-01'`)).toBe(1);
  });

  it('take over a job whose runner stopped renewing its lease, counting the lost attempt', async () => {
    const runs: string[] = [];
    const resumable = (worker: string) =>
      defineJob({
        name: 'lease-test',
        payload: z.object({}),
        handler: async () => {
          runs.push(worker);
        },
      });
    const id = (await enqueueJob(first, resumable('x'), {}))?.id ?? '';
    // A runner claims it and dies before running it: nothing renews its lease (long enough that the check below
    // runs inside it even on a loaded CI machine: 50 ms was not).
    const claimed = await claimJobs({ db: first, jobs: [resumable('dead')], leaseMs: 1500, workerId: 'dead' }, 5);
    expect(claimed.map((j) => j.id)).toEqual([id]);
    // Until the lease lapses, nobody else takes it.
    expect(await claimJobs({ db: second, jobs: [resumable('b')], workerId: 'early' }, 5)).toEqual([]);
    await expect
      .poll(
        async () => {
          await runDueJobs({ db: second, log, jobs: [resumable('b')], services, workerId: 'b' });
          return (await jobRow(id)).state;
        },
        { timeout: 15_000, interval: 100 },
      )
      .toBe('done');
    expect(runs).toEqual(['b']);
    expect(await jobRow(id)).toMatchObject({ attempts: 2, last_error: interruptedError });
  });

  it('fail a job interrupted on its last attempt instead of running it again', async () => {
    let ran = false;
    const single = defineJob({
      name: 'single-test',
      payload: z.object({}),
      retry: { maxAttempts: 1 },
      handler: async () => {
        ran = true;
      },
    });
    const id = (await enqueueJob(first, single, {}))?.id ?? '';
    await claimJobs({ db: first, jobs: [single], leaseMs: 50, workerId: 'dead' }, 5);
    await expect
      .poll(async () => {
        await runDueJobs({ db: second, log, jobs: [single], services });
        return (await jobRow(id)).state;
      })
      .toBe('failed');
    expect(ran).toBe(false);
    expect(await jobRow(id)).toMatchObject({ attempts: 2, last_error: interruptedError });
  });
});

describe('GET /api/v1/jobs', () => {
  const clients: Record<string, Client> = {};
  beforeAll(async () => {
    for (const role of ['admin', 'coordinatorKanpur', 'operatorKanpur'] as const) {
      clients[role] = await signIn(ctx.app, world[role].phone, world[role].password);
    }
  });

  it('is refused to anonymous callers (401) and to everyone but admins (403)', async () => {
    expectProblem(await ctx.app.inject({ method: 'GET', url: '/api/v1/jobs' }), 401, 'unauthenticated');
    for (const role of ['coordinatorKanpur', 'operatorKanpur']) {
      expectProblem(await (clients[role] as Client).request({ method: 'GET', url: '/api/v1/jobs' }), 403, 'forbidden');
    }
  });

  it('shows admins recent jobs, counts by state per job, failures with their error, and the queues', async () => {
    const response = await (clients.admin as Client).request({ method: 'GET', url: '/api/v1/jobs?limit=200' });
    expect(response.statusCode).toBe(200);
    const body = response.json() as {
      items: Array<{ name: string; state: string; lastError: string | null; attempts: number; runAt: string }>;
      counts: Array<{ name: string; queued: number; running: number; done: number; failed: number }>;
      queues: { inbox: { pending: number; failed: number }; outbox: { pending: number; failed: number } };
    };
    expect(body.items.find((j) => j.name === 'doomed-test')).toMatchObject({
      state: 'failed',
      attempts: 2,
      lastError: 'always',
    });
    expect(body.counts.find((c) => c.name === 'work-test')).toEqual({
      name: 'work-test',
      queued: 0,
      running: 0,
      done: 40,
      failed: 0,
    });
    expect(body.queues).toMatchObject({ inbox: { pending: 0, failed: 0 }, outbox: { pending: 0, failed: 0 } });

    const failed = await (clients.admin as Client).request({ method: 'GET', url: '/api/v1/jobs?state=failed' });
    const items = (failed.json() as typeof body).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((j) => j.state === 'failed' && j.lastError !== null)).toBe(true);
    expectProblem(
      await (clients.admin as Client).request({ method: 'GET', url: '/api/v1/jobs?state=lost' }),
      400,
      'validation_failed',
    );
  });
});
