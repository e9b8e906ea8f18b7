// The scope model (shared/scope.ts) as a SQL condition, so every list filters by exactly the rule the guards and
// presenters apply to one record. A test checks the two agree on every combination.
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Scope } from '../../shared/scope.js';
import { textArray } from './sql-helpers.js';

export interface ScopeColumns {
  organisationId: SQLWrapper;
  /** Omitted for records without a place (missed calls): they belong to every district of their organisation. */
  districtCode?: SQLWrapper;
  shared?: SQLWrapper;
  referredTo?: SQLWrapper;
}

/** Rows the scope reaches at `level` (read includes shared records; work does not). Undefined: no filter. */
export function scopeCondition(scope: Scope, columns: ScopeColumns, level: 'read' | 'work'): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  const grants = scope.grants.filter((g) => level === 'read' || g.level === 'work');
  if (grants.length === 0) return sql`false`;
  const parts = grants.map((g) => {
    const inDistrict = columns.districtCode
      ? sql`(${columns.districtCode} is null or ${columns.districtCode} = any(${textArray(g.districts)}))`
      : sql`true`;
    const owns = sql`(${columns.organisationId} is null or ${columns.organisationId} = ${g.organisationId}::uuid${
      columns.referredTo ? sql` or ${g.organisationId}::uuid = any(${columns.referredTo})` : sql``
    })`;
    const reaches = level === 'read' && columns.shared ? sql`(${owns} or ${columns.shared})` : owns;
    return sql`(${inDistrict} and ${reaches})`;
  });
  return sql`(${sql.join(parts, sql` or `)})`;
}
