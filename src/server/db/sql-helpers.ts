import { sql, type SQL } from 'drizzle-orm';

/** A text[] literal built from bound parameters (drizzle would otherwise spread an array). */
export function textArray(values: readonly string[]): SQL {
  if (values.length === 0) return sql`'{}'::text[]`;
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}
