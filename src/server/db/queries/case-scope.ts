import type { SQL } from 'drizzle-orm';
import type { Actor } from '../../../shared/permissions.js';
import { scopeFor } from '../../../shared/scope.js';
import { scopeCondition } from '../scope-condition.js';
import { cases } from '../schema/index.js';

/** The cases an actor may read (or work), as a condition: the scope model of shared/scope.ts over `cases`. */
export function caseScope(actor: Actor, level: 'read' | 'work' = 'read'): SQL | undefined {
  return scopeCondition(
    scopeFor(actor, 'cases'),
    {
      organisationId: cases.organisationId,
      districtCode: cases.districtCode,
      shared: cases.consentToShare,
      referredTo: cases.referredOrganisationIds,
    },
    level,
  );
}
