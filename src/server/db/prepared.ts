// A statement built once and run many times with different values. Building a wide statement (an insert of fifty
// columns with its CTE) costs Drizzle far more than the database takes to run it, on the busiest writes; built once
// with placeholders, each run only fills in the values (each column's own encoding still applies), and on
// PostgreSQL the statement is also parsed and planned once per connection (a named prepared statement).
import { createHash } from 'node:crypto';
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgDialect, PgSession, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client.js';
import { isPgliteSession, rowsOfPglitePrepared } from './pglite-prepared.js';

interface Built {
  name: string;
  query: { sql: string; params: unknown[] };
}

/** Drizzle keeps the session and dialect internal; they are what its own `.prepare()` uses. */
interface Internals {
  session: PgSession;
  dialect: PgDialect;
}

/** The name follows the text, so a changed statement is never confused with an old one on a live connection. */
function statementName(label: string, text: string): string {
  return `${label}_${createHash('sha1').update(text).digest('hex').slice(0, 12)}`;
}

export class PreparedStatement<Values extends Record<string, unknown>> {
  /** One statement per set of value names: callers pass the same names every time, so this holds one. */
  private readonly built = new Map<string, Built>();

  /**
   * `build` makes the statement, with `sql.placeholder(name)` wherever a value goes, for the names it is given
   * (those of the values passed); it runs once per set of names.
   */
  constructor(
    private readonly label: string,
    private readonly build: (names: readonly string[]) => SQL,
  ) {}

  async rows<Row>(db: DbOrTx, values: Values): Promise<Row[]> {
    const { session, dialect } = db as unknown as Internals;
    const names = Object.keys(values);
    const signature = names.join(',');
    let built = this.built.get(signature);
    if (!built) {
      const query = dialect.sqlToQuery(this.build(names));
      built = { name: statementName(this.label, query.sql), query };
      this.built.set(signature, built);
    }
    const prepared = session.prepareQuery(built.query, undefined, built.name, false);
    const result = (await prepared.execute(values)) as { rows: Row[] };
    return result.rows;
  }
}

/** `(column, …) values ($name, …)` for a prepared insert of these fields of `table`. */
export function insertColumns<T extends PgTable>(table: T, names: readonly string[]): SQL {
  const columns = getTableColumns(table);
  const chosen = names.map((name) => {
    const column = columns[name];
    if (!column) throw new Error(`${name} is not a column of the table`);
    return { column, name };
  });
  return sql`(${sql.join(
    chosen.map(({ column }) => sql.identifier(column.name)),
    sql`, `,
  )}) values (${sql.join(
    chosen.map(({ name }) => sql.placeholder(name)),
    sql`, `,
  )})`;
}

/** The fields as the driver takes them, each by its column's own encoding (a JSON column's value as JSON…). */
export function encodeColumns<T extends PgTable>(table: T, values: Record<string, unknown>): Record<string, unknown> {
  const columns = getTableColumns(table);
  const encoded: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const column = columns[name];
    encoded[name] = column && value !== null && value !== undefined ? column.mapToDriverValue(value) : (value ?? null);
  }
  return encoded;
}

const namedTexts = new Map<string, string>();
const maxNamedTexts = 500;

/**
 * Runs a statement built as usual, but as a named prepared statement: PostgreSQL plans a statement of the same text
 * once per connection instead of on every run. For hot reads whose planning costs a fair share of their time; the
 * texts must be few (values are parameters; only the shape — how many groups, which branch — varies).
 */
/** Whether `db` is the embedded database (PGlite), whose driver parses every field of a row on the app's thread. */
export function isEmbedded(db: DbOrTx): boolean {
  return isPgliteSession((db as unknown as Internals).session);
}

export async function rowsOfNamed<Row>(db: DbOrTx, label: string, statement: SQL): Promise<Row[]> {
  const { session, dialect } = db as unknown as Internals;
  const query = dialect.sqlToQuery(statement);
  let name = namedTexts.get(query.sql);
  // Each connection keeps every statement it prepared: past a few hundred shapes, run the rest unnamed.
  if (!name && namedTexts.size < maxNamedTexts) {
    name = statementName(label, query.sql);
    namedTexts.set(query.sql, name);
  }
  if (name && isPgliteSession(session)) {
    // The embedded driver ignores the name: prepared in SQL instead (pglite-prepared.ts).
    const rows = await rowsOfPglitePrepared<Row>(db, dialect, name, query.sql, query.params);
    if (rows) return rows;
  }
  const result = (await session.prepareQuery(query, undefined, name, false).execute()) as { rows: Row[] };
  return result.rows;
}
