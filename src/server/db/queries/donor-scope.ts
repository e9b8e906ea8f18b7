import type { SQL } from 'drizzle-orm';
import type { Actor } from '../../../shared/permissions.js';
import { scopeFor } from '../../../shared/scope.js';
import { scopeCondition } from '../scope-condition.js';
import { donors } from '../schema/index.js';

/**
 * The donors an actor may read (or work): health data stays inside its organisation and the districts the
 * person works in (shared/scope.ts, area `health`). Never shared across organisations.
 */
export function donorScope(actor: Actor, level: 'read' | 'work' = 'read'): SQL | undefined {
  return scopeCondition(
    scopeFor(actor, 'health'),
    { organisationId: donors.organisationId, districtCode: donors.districtCode },
    level,
  );
}
