// Who may use the desk at all, by role. Which cases a person sees and what they may do with each is the scope
// model (shared/scope.ts) and the case abilities (server/domain/cases/abilities.ts).
import type { Role } from './enums.js';
import { isAdmin, type Actor } from './permissions.js';

/** Roles that sit at the helpline desk; volunteers work field tasks instead. */
export const deskRoles: readonly Role[] = ['coordinator', 'operator', 'viewer'];
/** Roles that may change cases (viewers only read). */
export const caseWorkerRoles: readonly Role[] = ['coordinator', 'operator'];

export function canUseDesk(actor: Actor): boolean {
  return isAdmin(actor) || actor.memberships.some((m) => deskRoles.includes(m.role));
}

export function canTakeIntake(actor: Actor): boolean {
  return isAdmin(actor) || actor.memberships.some((m) => caseWorkerRoles.includes(m.role));
}

/** Districts whose cases the actor sees; null means every district (admins). */
export function deskDistricts(actor: Actor): string[] | null {
  if (isAdmin(actor)) return null;
  return [...new Set(actor.memberships.filter((m) => deskRoles.includes(m.role)).flatMap((m) => m.districts))];
}

export function canFlagPhones(actor: Actor): boolean {
  return canTakeIntake(actor);
}

/** The organisation a flag raised by this actor is recorded under: their first desk organisation (admins: none). */
export function flaggingOrganisation(actor: Actor): string | null {
  if (isAdmin(actor)) return null;
  return actor.memberships.find((m) => caseWorkerRoles.includes(m.role) && m.organisationId)?.organisationId ?? null;
}

/**
 * A flag warns every desk, but only the organisation that raised it (its operators and coordinators) or an
 * administrator takes it off; a flag from before flags had an organisation, any coordinator.
 */
export function canRemovePhoneFlag(actor: Actor, flaggedBy: string | null): boolean {
  if (isAdmin(actor)) return true;
  if (flaggedBy === null) return actor.memberships.some((m) => m.role === 'coordinator');
  return actor.memberships.some((m) => caseWorkerRoles.includes(m.role) && m.organisationId === flaggedBy);
}
