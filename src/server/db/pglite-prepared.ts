// Named prepared statements on the embedded database. PGlite's driver sends every statement unnamed, so PostgreSQL
// parses and plans it again on each run; in WebAssembly planning the donor-matching read took about a third of its
// time (npm run bench). SQL-level PREPARE keeps the statement (and, once PostgreSQL judges it good, its generic
// plan) for the life of the embedded database, and EXECUTE runs it with the values written as literals: PGlite
// cannot bind parameters to EXECUTE.
import { is, sql } from 'drizzle-orm';
import { PgliteSession } from 'drizzle-orm/pglite';
import type { PgSession } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client.js';

/**
 * The statements prepared on each embedded database, keyed by its Drizzle dialect: one per Drizzle instance, shared
 * by that instance's transactions (whose client objects are new each time), so a database opened again starts
 * empty. PREPARE is not undone by a rollback, so a name once prepared stays until the database is closed.
 */
const preparedNames = new WeakMap<object, Map<string, Promise<void>>>();

export function isPgliteSession(session: PgSession): boolean {
  return is(session, PgliteSession);
}

/**
 * A value as an SQL literal of unknown type, which PostgreSQL converts to the parameter's type exactly as it
 * converts a bound value's text; null when the value has no such text (the caller then runs the statement unnamed).
 * Quotes are doubled; backslashes are ordinary characters (standard_conforming_strings is on, PostgreSQL's default).
 */
export function sqlLiteral(value: unknown): string | null {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') {
    // A NUL would end the statement's text early: left to the bound path, which refuses it as it always has.
    return value.includes('\u0000') ? null : `'${value.replaceAll("'", "''")}'`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? `'${String(value)}'` : null;
  if (typeof value === 'boolean' || typeof value === 'bigint') return `'${String(value)}'`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : `'${value.toISOString()}'`;
  return null;
}

/**
 * Runs `text` (with $1…$n) as the prepared statement `name` on the embedded database, preparing it on first use;
 * null when a value cannot be written as a literal.
 */
export async function rowsOfPglitePrepared<Row>(
  db: DbOrTx,
  dialect: object,
  name: string,
  text: string,
  params: readonly unknown[],
): Promise<Row[] | null> {
  const literals = params.map(sqlLiteral);
  if (literals.some((l) => l === null)) return null;
  let names = preparedNames.get(dialect);
  if (!names) {
    names = new Map();
    preparedNames.set(dialect, names);
  }
  let ready = names.get(name);
  if (!ready) {
    // Set before the first await: a second caller meanwhile waits for this PREPARE rather than repeating it.
    ready = db.execute(sql.raw(`prepare ${name} as ${text}`)).then(() => undefined);
    names.set(name, ready);
    const known = names;
    ready.catch(() => known.delete(name));
  }
  await ready;
  const args = literals.length === 0 ? '' : `(${literals.join(', ')})`;
  const result = (await db.execute(sql.raw(`execute ${name}${args}`))) as unknown as { rows: Row[] };
  return result.rows;
}
