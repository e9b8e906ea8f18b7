import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Proof-of-work challenges already used on the public form, keyed by the server's signature over the
 * challenge: one solved challenge buys one request, however the solution is re-encoded, in every process.
 */
export const spentChallenges = pgTable(
  'spent_challenges',
  {
    signature: text('signature').primaryKey(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('spent_challenges_expires_idx').on(t.expiresAt)],
);

/**
 * Fixed-window counters shared by every process on the database: the public form's per-address and per-phone
 * limits and the per-address limits of routes (sign-in, status lookup, similar cases). One UPSERT counts and answers.
 */
export const rateCounters = pgTable(
  'rate_counters',
  {
    key: text('key').primaryKey(),
    windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
    hits: integer('hits').notNull(),
    /** When the window ends: old rows are swept by a job. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_counters_expires_idx').on(t.expiresAt)],
);
