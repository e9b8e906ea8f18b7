// The job of the jobs crash test (test/integration/jobs-crash.test.ts), shared by the test, which queues it,
// and the runner process (job-runner-process.ts), which runs it: it writes "started", then hangs when told to
// (so it can be killed mid-run), else writes "finished".
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineJob } from '../../src/server/jobs/define-job.js';

export const crashJobRunsTable = sql`create table if not exists crash_job_runs (id bigserial primary key,
  job_id uuid not null, pid int not null, event text not null, at timestamptz not null default clock_timestamp())`;

export function crashJob(options: { hang: boolean }) {
  return defineJob({
    name: 'crash-test',
    payload: z.object({ label: z.string() }),
    handler: async (_payload, { db, job }) => {
      await db.execute(
        sql`insert into crash_job_runs (job_id, pid, event) values (${job.id}::uuid, ${process.pid}, 'started')`,
      );
      if (options.hang) await new Promise(() => undefined); // until kill -9
      await db.execute(
        sql`insert into crash_job_runs (job_id, pid, event) values (${job.id}::uuid, ${process.pid}, 'finished')`,
      );
    },
  });
}
