// Who may see and work a case. A case belongs to a district (and, when an organisation took it in, to
// that organisation); people see the cases of the districts their desk memberships cover.
import type { Role } from './enums.js';
import { isAdmin, type Actor } from './permissions.js';

/** Roles that sit at the helpline desk; volunteers work field tasks instead. */
export const deskRoles: readonly Role[] = ['coordinator', 'operator', 'viewer'];
/** Roles that may change cases (viewers only read). */
export const caseWorkerRoles: readonly Role[] = ['coordinator', 'operator'];

export interface CaseScope {
  districtCode: string;
  organisationId: string | null;
}

function membershipsCovering(actor: Actor, scope: CaseScope, roles: readonly Role[]) {
  return actor.memberships.filter((m) => roles.includes(m.role) && m.districts.includes(scope.districtCode));
}

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

export function canReadCase(actor: Actor, scope: CaseScope): boolean {
  return isAdmin(actor) || membershipsCovering(actor, scope, deskRoles).length > 0;
}

export function canWorkCase(actor: Actor, scope: CaseScope): boolean {
  return isAdmin(actor) || membershipsCovering(actor, scope, caseWorkerRoles).length > 0;
}

/** Assigning to someone else, overriding priority and merging are a coordinator's calls (and the claimant's own). */
export function canCoordinateCase(actor: Actor, scope: CaseScope): boolean {
  return isAdmin(actor) || membershipsCovering(actor, scope, ['coordinator']).length > 0;
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
