// Durable background jobs: one row per run, claimed with FOR UPDATE SKIP LOCKED by any server process.
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { jobStates } from '../../../shared/contracts/jobs.js';

export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The job definition's name (`escalation`, `twitter-poll`, …). */
    name: text('name').notNull(),
    payload: jsonb('payload').$type<unknown>().notNull().default({}),
    state: text('state', { enum: jobStates }).notNull().default('queued'),
    /** When it may run (again, after a failed attempt). */
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    /** One of a kind, e.g. a scheduled slot `escalation:2026-12-06T21:05`: queued at most once, ever. */
    uniqueKey: text('unique_key'),
    /** The process running it and its lease: a `running` row whose lease passed belongs to a dead process. */
    lockedBy: text('locked_by'),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('jobs_unique_key').on(t.uniqueKey),
    index('jobs_claim_idx').on(t.state, t.runAt),
    index('jobs_created_idx').on(t.createdAt),
  ],
);
