// A job survives kill -9 mid-run: a runner process takes it and hangs; it is killed; a second runner process
// takes the job over once the lease lapses and finishes it: it ran again once, and is done once.
// PostgreSQL only: PGlite is single-process (one process owns its data folder), so two runner processes cannot
// share it; the lease takeover itself is tested on both databases in jobs.test.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { rowsOf, type Database } from '../../src/server/db/client.js';
import { enqueueJob } from '../../src/server/jobs/enqueue-job.js';
import { interruptedError } from '../../src/server/jobs/job-runner.js';
import { crashJob, crashJobRunsTable } from '../support/crash-job.js';
import { createTestDatabase } from '../support/database.js';
import { withDatabase } from '../support/global-setup.js';
import { repoRoot } from '../support/server-process.js';

const onPostgres = process.env.TEST_DB === 'postgres';
const leaseMs = 1_500;

let database: Database;
let databaseUrl = '';
const children: ChildProcess[] = [];

/** Starts a runner process and waits for it to say it is running. */
async function startRunner(hang: boolean): Promise<{ child: ChildProcess; exited: Promise<string | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/job-runner-process.ts'], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, JOB_LEASE_MS: String(leaseMs), JOB_HANG: hang ? '1' : '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<string | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? String(code))),
  );
  await expect
    .poll(() => (child.exitCode === null ? output : `exited: ${output}`), { timeout: 30_000 })
    .toMatch(/^ready/);
  return { child, exited };
}

async function runs(jobId: string): Promise<Array<{ pid: number; event: string }>> {
  return rowsOf<{ pid: number; event: string }>(
    await database.db.execute(sql`select pid, event from crash_job_runs where job_id = ${jobId}::uuid order by id`),
  );
}

async function job(jobId: string) {
  return rowsOf<{ state: string; attempts: number; last_error: string | null; locked_by: string | null }>(
    await database.db.execute(sql`select state, attempts, last_error, locked_by from jobs where id = ${jobId}::uuid`),
  )[0];
}

(onPostgres ? describe : describe.skip)('a job runner killed mid-job', () => {
  beforeAll(async () => {
    database = await createTestDatabase();
    const [row] = rowsOf<{ name: string }>(await database.db.execute(sql`select current_database() as name`));
    const target = inject('testDb');
    if (target.kind !== 'postgres') throw new Error('PostgreSQL only');
    databaseUrl = withDatabase(target.url, row?.name ?? '');
    await database.db.execute(crashJobRunsTable);
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await database?.close();
  });

  it('runs the job again once in another process, and it is done exactly once', async () => {
    const queued = await enqueueJob(database.db, crashJob({ hang: true }), { label: 'survive kill -9' });
    const jobId = queued?.id ?? '';

    const doomed = await startRunner(true);
    await expect.poll(() => runs(jobId), { timeout: 15_000 }).toEqual([{ pid: doomed.child.pid, event: 'started' }]);
    expect(await job(jobId)).toMatchObject({ state: 'running', attempts: 1 });
    expect((await job(jobId))?.locked_by).toContain(`:${doomed.child.pid}:`);
    doomed.child.kill('SIGKILL');
    expect(await doomed.exited).toBe('SIGKILL');

    const rescuer = await startRunner(false);
    await expect.poll(async () => (await job(jobId))?.state, { timeout: 15_000 }).toBe('done');
    expect(await runs(jobId)).toEqual([
      { pid: doomed.child.pid, event: 'started' },
      { pid: rescuer.child.pid, event: 'started' },
      { pid: rescuer.child.pid, event: 'finished' },
    ]);
    expect(await job(jobId)).toMatchObject({
      state: 'done',
      attempts: 2,
      last_error: interruptedError,
      locked_by: null,
    });

    rescuer.child.kill('SIGTERM');
    expect(await rescuer.exited).toBe('0');
    // Nothing ran it again after it was done.
    expect(await runs(jobId)).toHaveLength(3);
  }, 90_000);
});
