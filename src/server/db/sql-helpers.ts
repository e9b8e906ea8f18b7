import { sql, type SQL } from 'drizzle-orm';
import { memberships, organisations } from './schema/index.js';

/** A text[] literal built from bound parameters (drizzle would otherwise spread an array). */
export function textArray(values: readonly string[]): SQL {
  if (values.length === 0) return sql`'{}'::text[]`;
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}

/**
 * A membership's effective districts: its own, or all of its organisation's when it names none.
 * Expects `memberships` left-joined to `organisations`.
 */
export const effectiveMembershipDistricts = sql<
  string[]
>`case when cardinality(${memberships.districts}) = 0 and ${organisations.id} is not null
  then ${organisations.districts} else ${memberships.districts} end`;
