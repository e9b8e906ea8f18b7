// Who reaches thalassemia care at all (issue #14), decided once: the nav item and the API's list guards use it.
// A child on regular transfusion is health data (their blood, their guardian's phone): the desk's workers of the
// owning organisation in their districts (area `health`), like donors and loans.
import type { Actor } from './permissions.js';
import { scopeFor } from './scope.js';

/** Whether the actor reaches thalassemia care at all (the nav item, the lists). */
export function canUseThalassemia(actor: Actor): boolean {
  const scope = scopeFor(actor, 'health');
  return scope.kind === 'all' || scope.grants.length > 0;
}
