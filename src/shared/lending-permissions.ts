// Who reaches lending at all, decided once: the nav items, the API's list guards and the abilities all use these.
// Lending is health data (a borrower's oxygen level, their address): the desk's workers of the owning organisation
// in their districts (area `health`). Its figures are counts with no person in them: viewers too (area `figures`).
import type { Actor } from './permissions.js';
import { scopeFor } from './scope.js';

/** Whether the actor reaches lending at all (the nav item, the lists). */
export function canUseLending(actor: Actor): boolean {
  const scope = scopeFor(actor, 'health');
  return scope.kind === 'all' || scope.grants.length > 0;
}

/** The lending figures: counts, no people — everyone at the desk of an organisation, viewers included. */
export function canReadLendingFigures(actor: Actor): boolean {
  const scope = scopeFor(actor, 'figures');
  return scope.kind === 'all' || scope.grants.length > 0;
}
