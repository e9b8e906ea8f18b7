// Who reaches donation camps at all (issue #14), decided once: the nav item, the API's list guards and the abilities
// all use these. A camp's registrations name donors and their phones: health data, so camps follow the `health` area
// — the desk's operators and coordinators of the organising organisation, in its districts (admins everywhere).
// Coordinators plan, change, cancel, invite, mark held and thank; operators (desk workers) register, check in and
// record screening outcomes.
import type { Actor } from './permissions.js';
import { scopeFor } from './scope.js';

/** Whether the actor reaches camps at all (the nav item, the lists). */
export function canUseCamps(actor: Actor): boolean {
  const scope = scopeFor(actor, 'health');
  return scope.kind === 'all' || scope.grants.length > 0;
}

/** Whether the actor may plan a camp somewhere (a coordinator of a health desk, or an admin). */
export function canPlanCamps(actor: Actor): boolean {
  const scope = scopeFor(actor, 'health');
  return scope.kind === 'all' || scope.grants.some((g) => g.isCoordinator && g.level === 'work');
}
