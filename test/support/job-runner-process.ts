// A job runner in a process of its own, for the jobs crash test: `node --import tsx` this file with
// DATABASE_URL (PostgreSQL), JOB_LEASE_MS and JOB_HANG=1|0. It prints "ready" once running; SIGTERM stops it.
import type { FastifyBaseLogger } from 'fastify';
import pino from 'pino';
import { openDatabase } from '../../src/server/db/client.js';
import { startJobRunner } from '../../src/server/jobs/job-runner.js';
import { crashJob } from './crash-job.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const database = await openDatabase({ kind: 'postgres', url, maxConnections: 3 });
const runner = startJobRunner({
  db: database.db,
  log: pino({ level: 'warn' }) as FastifyBaseLogger,
  jobs: [crashJob({ hang: process.env.JOB_HANG === '1' })],
  services: { baseUrlFor: () => 'http://127.0.0.1:9', twitterIntervalMs: 60_000 },
  leaseMs: Number(process.env.JOB_LEASE_MS ?? 1_500),
  pollMs: 100,
  stopGraceMs: 1_000,
});
process.stdout.write(`ready ${runner.workerId}\n`);
process.once('SIGTERM', () => {
  void runner
    .stop()
    .then(() => database.close())
    .then(() => process.exit(0));
});
