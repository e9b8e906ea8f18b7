// Who may see and change an organisation's channels, missed calls and leads. Pure, shared with the web app.
import { isAdmin, type Actor } from './permissions.js';
import { accessTo, scopeFor, scopeOrganisations } from './scope.js';

/** Organisations whose channel accounts the actor manages: admins all (null); coordinators their own. */
export function channelOrganisations(actor: Actor): string[] | null {
  if (isAdmin(actor)) return null;
  return actor.memberships.flatMap((m) => (m.role === 'coordinator' && m.organisationId ? [m.organisationId] : []));
}

export function canManageChannels(actor: Actor, organisationId: string): boolean {
  const orgs = channelOrganisations(actor);
  return orgs === null || orgs.includes(organisationId);
}

/** Organisations whose callbacks and leads the actor works: admins all (null); operators and coordinators theirs. */
export function deskOrganisations(actor: Actor): string[] | null {
  return scopeOrganisations(scopeFor(actor, 'desk'));
}

/**
 * Whether the actor works an organisation's desk record (a missed call, or a lead in a district, when it has one),
 * by the scope model: its own organisation's operators and coordinators, in their districts.
 */
export function canWorkOrganisationDesk(
  actor: Actor,
  organisationId: string,
  districtCode: string | null = null,
): boolean {
  return (
    accessTo(scopeFor(actor, 'desk'), { organisationId, districtCode, sharedInDistrict: false, referredTo: [] }) ===
    'work'
  );
}
