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
