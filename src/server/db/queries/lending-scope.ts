import type { SQL, SQLWrapper } from 'drizzle-orm';
import type { Actor } from '../../../shared/permissions.js';
import { scopeFor } from '../../../shared/scope.js';
import { scopeCondition } from '../scope-condition.js';

/** A lending table's place columns; `districtCode` omitted (or null on a row) for organisation-wide rows. */
export interface LendingScopeColumns {
  organisationId: SQLWrapper;
  districtCode?: SQLWrapper;
}

/**
 * The lending rows (depots, items, loans, refill orders, stock sites, sponsors, vendors) an actor may read or work.
 * Lending is health data — loans name patients, and items and depots follow them — so it stays inside its
 * organisation and the person's districts (shared/scope.ts, area `health`), never shared: a Bilaspur operator gets
 * nothing of Kanpur's. The same rule as domain/lending/abilities.ts `lendingAccess`, as SQL.
 * Usage: `.where(and(eq(loans.id, id), lendingScope(actor, loans)))`.
 */
export function lendingScope(
  actor: Actor,
  table: LendingScopeColumns,
  level: 'read' | 'work' = 'read',
): SQL | undefined {
  return scopeCondition(
    scopeFor(actor, 'health'),
    { organisationId: table.organisationId, ...(table.districtCode ? { districtCode: table.districtCode } : {}) },
    level,
  );
}
