// The admins' view of background work: recent jobs (newest first), how many of each job are in each state,
// and how deep the queue workers' own tables are (inbox and outbox).
import { and, desc, eq, sql } from 'drizzle-orm';
import type { JobCounts, JobsOverview, JobsQuery } from '../../../shared/contracts/jobs.js';
import { isAdmin, type Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { jobs } from '../../db/schema/index.js';
import { forbidden } from '../../errors.js';
import { getQueueStats } from '../channels/get-queue-stats.js';

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

export async function listJobs(db: Db, actor: Actor, query: JobsQuery): Promise<JobsOverview> {
  if (!isAdmin(actor)) throw forbidden();
  const where = and(
    query.state ? eq(jobs.state, query.state) : undefined,
    query.name ? eq(jobs.name, query.name) : undefined,
  );
  const [rows, counts, queues] = await Promise.all([
    db.select().from(jobs).where(where).orderBy(desc(jobs.createdAt), desc(jobs.id)).limit(query.limit),
    db
      .select({
        name: jobs.name,
        queued: sql<number>`count(*) filter (where ${jobs.state} = 'queued')::int`,
        running: sql<number>`count(*) filter (where ${jobs.state} = 'running')::int`,
        done: sql<number>`count(*) filter (where ${jobs.state} = 'done')::int`,
        failed: sql<number>`count(*) filter (where ${jobs.state} = 'failed')::int`,
      })
      .from(jobs)
      .groupBy(jobs.name)
      .orderBy(jobs.name),
    getQueueStats(db, actor),
  ]);
  return {
    items: rows.map((job) => ({
      id: job.id,
      name: job.name,
      state: job.state,
      attempts: job.attempts,
      maxAttempts: job.maxAttempts,
      uniqueKey: job.uniqueKey,
      runAt: job.runAt.toISOString(),
      startedAt: iso(job.startedAt),
      finishedAt: iso(job.finishedAt),
      lastError: job.lastError,
    })),
    counts: counts satisfies JobCounts[],
    queues,
  };
}
