// "Open case" is said once (db/queries/open-case.ts, from the shared enum), but the database holds copies the
// planner and intake depend on: the partial indexes' predicates and the intake function. They must all agree.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { rowsOf } from '../../src/server/db/client.js';
import { closedCaseStatuses } from '../../src/shared/enums.js';
import { createTestDatabase } from '../support/database.js';
import type { Database } from '../../src/server/db/client.js';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

it('the partial indexes and the intake function use the one definition of an open case', async () => {
  const expected = `not in (${closedCaseStatuses.map((s) => `'${s}'`).join(', ')})`.toLowerCase();
  const definitions = rowsOf<{ definition: string }>(
    await database.db.execute(sql`
      select indexdef as definition from pg_indexes where tablename = 'cases' and indexdef ilike '%where%'
      union all
      select pg_get_functiondef(p.oid) from pg_proc p where p.proname = 'intake_lock_and_find'`),
  );
  expect(definitions.length).toBeGreaterThanOrEqual(3);
  for (const { definition } of definitions) {
    // PostgreSQL prints `not in (…)` as `<> ALL (ARRAY[…])` in index definitions: compare the statuses it names.
    const named = [...definition.matchAll(/'([a-z_]+)'(?:::text)?/g)].map((m) => m[1]);
    expect(named, definition).toEqual(expect.arrayContaining([...closedCaseStatuses]));
    expect(definition.toLowerCase().includes(expected) || /<> all/i.test(definition), definition).toBe(true);
  }
});
