// Named prepared statements (db/prepared.ts rowsOfNamed; on the embedded database db/pglite-prepared.ts): the same
// answers as the statement run unnamed, whatever the values, prepared once however many ask at once, and unharmed
// by a rolled-back transaction.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf, type Database } from '../../src/server/db/client.js';
import { rowsOfNamed } from '../../src/server/db/prepared.js';
import { createTestDatabase } from '../support/database.js';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const echo = (text: string | null, n: number, flag: boolean, at: Date) =>
  sql`select ${text}::text as text, ${n}::float8 * 2 as twice, ${flag}::boolean as flag,
    ${at.toISOString()}::timestamptz as at, length(${text}::text) as length`;

/** A label names a text the first time it is seen: a test gives each label a text of its own. */
async function preparedCount(label: string): Promise<number> {
  const rows = rowsOf<{ n: number }>(
    await database.db.execute(
      sql`select count(*)::int as n from pg_prepared_statements where name like ${`${label}_%`}`,
    ),
  );
  return rows[0]?.n ?? 0;
}

describe('a named read', () => {
  const texts = ["O'Brien", "'); drop table donors; --", 'a\\b\\', 'रक्तदान — हाँ', '🩸 B+', '', null];

  it('answers as the same statement run unnamed, for every kind of value', async () => {
    const at = new Date('2026-12-07T10:00:00.123Z');
    for (const text of texts) {
      const named = await rowsOfNamed(database.db, 'prep_echo', echo(text, 10.4, true, at));
      const unnamed = rowsOf(await database.db.execute(echo(text, 10.4, true, at)));
      expect(named).toEqual(unnamed);
      expect(named[0]).toMatchObject({ text, twice: 20.8, flag: true });
    }
  });

  it('is prepared once when twenty ask for it at the same moment', async () => {
    const at = new Date();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        rowsOfNamed<{ twice: number }>(
          database.db,
          'prep_burst',
          sql`select * from (${echo(`n${i}`, i, false, at)}) burst`,
        ),
      ),
    );
    expect(answers.map((rows) => rows[0]?.twice)).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
    if (database.kind === 'pglite') expect(await preparedCount('prep_burst')).toBe(1);
  });

  it('still runs after the transaction that first prepared it was rolled back', async () => {
    const at = new Date();
    await expect(
      database.db.transaction(async (tx) => {
        await rowsOfNamed(tx, 'prep_rollback', echo('inside', 1, true, at));
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const rows = await rowsOfNamed<{ text: string }>(database.db, 'prep_rollback', echo('after', 2, false, at));
    expect(rows[0]?.text).toBe('after');
  });

  it('refuses a bad value as the unnamed statement does, and runs again afterwards', async () => {
    const bad = sql`select ${'not-a-uuid'}::uuid as id`;
    const codeOf = async (run: Promise<unknown>) =>
      run.then(
        () => 'none',
        (error: unknown) =>
          String((error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code),
      );
    const unnamedCode = await codeOf(database.db.execute(bad));
    expect(unnamedCode).toBe('22P02');
    expect(await codeOf(rowsOfNamed(database.db, 'prep_bad', bad))).toBe(unnamedCode);
    // A NUL cannot be written as a literal: the statement runs unnamed and is refused as it always was.
    const nul = echo('a\u0000b', 1, true, new Date());
    expect(await codeOf(rowsOfNamed(database.db, 'prep_nul', nul))).not.toBe('none');
    const good = await rowsOfNamed<{ id: string }>(
      database.db,
      'prep_bad',
      sql`select ${'00000000-0000-4000-8000-000000000000'}::uuid as id`,
    );
    expect(good[0]?.id).toBe('00000000-0000-4000-8000-000000000000');
  });
});
