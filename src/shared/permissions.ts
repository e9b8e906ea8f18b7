// Who may do what. Pure functions over the acting user's memberships, used by the server to enforce
// access (below the handlers) and to tell the UI which actions to show (`can`).
import type { Role } from './enums.js';
import type { NavItem } from './contracts/auth.js';
import { canReadBloodFigures } from './blood-figure-permissions.js';
import { canUseCamps } from './camp-permissions.js';
import { canReadLendingFigures, canUseLending } from './lending-permissions.js';
import { canUseThalassemia } from './thalassemia-permissions.js';

export interface ActorMembership {
  id: string;
  role: Role;
  organisationId: string | null;
  /** Effective districts: the membership's own, or all of its organisation's when it names none. */
  districts: readonly string[];
}

export interface Actor {
  userId: string;
  memberships: readonly ActorMembership[];
}

/** A membership as seen from outside (the target of an action). */
export interface MembershipScope {
  role: Role;
  organisationId: string | null;
  districts: readonly string[];
}

/** Roles a coordinator may give and take away inside their own organisation and districts. */
export const rolesCoordinatorsManage: readonly Role[] = ['operator', 'volunteer', 'viewer'];

export function isAdmin(actor: Actor): boolean {
  return actor.memberships.some((m) => m.role === 'admin');
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.memberships.some((m) => m.role === role);
}

function coordinatorships(actor: Actor): ActorMembership[] {
  return actor.memberships.filter((m) => m.role === 'coordinator');
}

function overlaps(a: readonly string[], b: readonly string[]): boolean {
  return a.some((d) => b.includes(d));
}

function isSubset(inner: readonly string[], outer: readonly string[]): boolean {
  return inner.length > 0 && inner.every((d) => outer.includes(d));
}

export function navFor(actor: Actor, options: { simulator?: boolean } = {}): NavItem[] {
  const items: NavItem[] = ['home'];
  const desk = isAdmin(actor) || actor.memberships.some((m) => ['coordinator', 'operator', 'viewer'].includes(m.role));
  const worker = isAdmin(actor) || hasRole(actor, 'coordinator') || hasRole(actor, 'operator');
  if (desk) items.push('desk');
  if (worker) items.push('new_case', 'callbacks', 'leads', 'flagged_phones');
  // Donors are health data: the desk's workers only, never viewers or volunteers (domain/blood/donor-abilities.ts).
  if (worker) items.push('donors');
  // Camps' registrations name donors: health data, like the registry (camp-permissions.ts).
  if (canUseCamps(actor)) items.push('camps');
  // Counts, no people: viewers too (blood-figure-permissions.ts).
  if (canReadBloodFigures(actor)) items.push('blood_figures');
  // Children on regular transfusion are health data (thalassemia-permissions.ts).
  if (canUseThalassemia(actor)) items.push('thalassemia');
  // Lending is health data; its figures are counts (lending-permissions.ts).
  if (canUseLending(actor)) items.push('lending');
  if (canReadLendingFigures(actor)) items.push('lending_figures');
  if (isAdmin(actor) || hasRole(actor, 'coordinator')) items.push('channels');
  if (worker && options.simulator) items.push('simulator');
  if (isAdmin(actor) || hasRole(actor, 'coordinator') || hasRole(actor, 'viewer')) {
    items.push('organisations');
  }
  if (isAdmin(actor) || hasRole(actor, 'coordinator')) items.push('people', 'audit');
  if (isAdmin(actor)) items.push('jobs');
  items.push('account');
  return items;
}

/** Organisations the actor may see: admins all; others those they belong to. Null means all. */
export function visibleOrganisationIds(actor: Actor): string[] | null {
  if (isAdmin(actor)) return null;
  return [...new Set(actor.memberships.flatMap((m) => (m.organisationId ? [m.organisationId] : [])))];
}

export function canListOrganisations(actor: Actor): boolean {
  return isAdmin(actor) || hasRole(actor, 'coordinator') || hasRole(actor, 'viewer');
}

export function canCreateOrganisation(actor: Actor): boolean {
  return isAdmin(actor);
}

export function canUpdateOrganisation(actor: Actor): boolean {
  return isAdmin(actor);
}

export function canAddMembersTo(actor: Actor, organisationId: string): boolean {
  return isAdmin(actor) || coordinatorships(actor).some((c) => c.organisationId === organisationId);
}

export function canListPeople(actor: Actor): boolean {
  return isAdmin(actor) || hasRole(actor, 'coordinator');
}

/** A coordinator sees people who work in their organisation in at least one of their districts. */
export function canReadPerson(actor: Actor, target: readonly MembershipScope[]): boolean {
  if (isAdmin(actor)) return true;
  return coordinatorships(actor).some((c) =>
    target.some((m) => m.organisationId === c.organisationId && overlaps(m.districts, c.districts)),
  );
}

/** True when this membership lies wholly inside one of the actor's coordinatorships. */
export function canManageMembership(actor: Actor, membership: MembershipScope): boolean {
  if (isAdmin(actor)) return true;
  if (!rolesCoordinatorsManage.includes(membership.role)) return false;
  return coordinatorships(actor).some(
    (c) => c.organisationId === membership.organisationId && isSubset(membership.districts, c.districts),
  );
}

/** Changing a person's details needs authority over every one of their memberships. */
export function canUpdatePerson(actor: Actor, target: readonly MembershipScope[]): boolean {
  if (isAdmin(actor)) return true;
  return target.length > 0 && target.every((m) => canManageMembership(actor, m));
}

export function canReadAudit(actor: Actor): boolean {
  return isAdmin(actor) || hasRole(actor, 'coordinator');
}
