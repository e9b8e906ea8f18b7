// Who reads the blood figures (units by product and by donor category, issue #12), decided once: the nav item, the
// API's guard and its filter all use these.
//
// Product rule: the figures are counts made from records, with no person in them, so everyone at an organisation's
// desk reads them — its coordinators, operators and viewers (the seeds report them) — for the organisation and the
// districts they work in (area `figures` of scope.ts); admins read every organisation's. Volunteers, who see no
// records, do not. The records the figures count (donors, donations) stay health data: reading a figure never
// reveals who gave.
import type { Actor } from './permissions.js';
import { scopeFor, type Scope, type ScopeGrant } from './scope.js';

/** The actor's reach over the figures: everything (admins) or one read grant per desk membership. */
export function bloodFigureScope(actor: Actor): Scope {
  return scopeFor(actor, 'figures');
}

export function canReadBloodFigures(actor: Actor): boolean {
  const scope = bloodFigureScope(actor);
  return scope.kind === 'all' || scope.grants.length > 0;
}

/** What the actor may ask about: an organisation and, within it, a district (null: all the actor reaches). */
export interface FigureSelection {
  organisationId: string | null;
  district: string | null;
}

/**
 * The grants a selection falls within, or null when it asks for something the actor does not reach (another
 * organisation, a district outside theirs): such a request is answered "not found", as for any record out of scope.
 * Admins ('all') reach every selection.
 */
export function figureGrantsFor(actor: Actor, selection: FigureSelection): 'all' | ScopeGrant[] | null {
  const scope = bloodFigureScope(actor);
  if (scope.kind === 'all') return 'all';
  const grants = scope.grants.filter(
    (g) =>
      (selection.organisationId === null || g.organisationId === selection.organisationId) &&
      (selection.district === null || g.districts.includes(selection.district)),
  );
  return grants.length > 0 ? grants : null;
}
