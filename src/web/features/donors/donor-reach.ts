// Where this person may work with donors, as the session tells it, for the choices a screen offers (which districts
// to filter by, which organisation to register for, whether to offer the import). The same scope model the server
// checks with (shared/scope.ts, area `health`); the server decides every request again.
import type { SessionView } from '../../../shared/contracts/auth.js';
import type { Actor } from '../../../shared/permissions.js';
import { scopeDistricts, scopeFor } from '../../../shared/scope.js';

export interface DonorOrganisation {
  id: string;
  name: string;
  districts: readonly string[];
}

/** The districts of the person's donor registries; null for everywhere (admins). */
export function healthDistricts(actor: Actor): string[] | null {
  return scopeDistricts(scopeFor(actor, 'health'));
}

/**
 * The organisations the person registers donors for (operators and coordinators), or, with `coordinating`, those
 * whose lists they may import (coordinators); null for an administrator, who may choose any.
 */
export function donorOrganisations(
  session: SessionView,
  actor: Actor,
  options: { coordinating?: boolean } = {},
): DonorOrganisation[] | null {
  const scope = scopeFor(actor, 'health');
  if (scope.kind === 'all') return null;
  const byId = new Map<string, DonorOrganisation>();
  for (const grant of scope.grants) {
    if (grant.level !== 'work' || (options.coordinating && !grant.isCoordinator)) continue;
    const name = session.memberships.find((m) => m.organisationId === grant.organisationId)?.organisationName;
    const known = byId.get(grant.organisationId);
    byId.set(grant.organisationId, {
      id: grant.organisationId,
      name: name ?? grant.organisationId,
      districts: [...new Set([...(known?.districts ?? []), ...grant.districts])],
    });
  }
  return [...byId.values()];
}

/** Importing a list is a coordinator's call (or an administrator's). */
export function mayImportDonors(session: SessionView, actor: Actor): boolean {
  const organisations = donorOrganisations(session, actor, { coordinating: true });
  return organisations === null || organisations.length > 0;
}
