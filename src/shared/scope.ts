// Who sees which records, in one model for every area. Every record belongs to the organisation that took it in
// (none for a plea from the public form, which belongs to every organisation serving its district). Another
// organisation serving the same district sees it only when the person consented to sharing — read only — or when
// it was referred to them, which lets them work it. Health data (donors, patients, loans) stays inside its
// organisation unless shared or referred the same way. Used by guards, presenters and (as SQL) by every list.
import type { Role } from './enums.js';
import { isAdmin, type Actor } from './permissions.js';

export type ScopeArea = 'cases' | 'desk' | 'health' | 'figures';

/** Who may read an area at all (viewers read cases) and who may change its records. */
const areaRoles: Record<ScopeArea, { read: readonly Role[]; work: readonly Role[] }> = {
  cases: { read: ['coordinator', 'operator', 'viewer'], work: ['coordinator', 'operator'] },
  // Missed calls and leads: the organisation's own desk.
  desk: { read: ['coordinator', 'operator'], work: ['coordinator', 'operator'] },
  health: { read: ['coordinator', 'operator'], work: ['coordinator', 'operator'] },
  // Counts made from records (blood units by product and donor category): no person in them, so viewers read them
  // too; nobody changes a figure.
  figures: { read: ['coordinator', 'operator', 'viewer'], work: [] },
};

export type AccessLevel = 'none' | 'read' | 'work';

/** One thing the actor holds in an area: an organisation, the districts it covers there, how far it reaches. */
export interface ScopeGrant {
  organisationId: string;
  /** Districts this grant covers; null for records that have no district (a lead without one, a missed call). */
  districts: readonly string[];
  level: 'read' | 'work';
  isCoordinator: boolean;
}

export type Scope = { kind: 'all' } | { kind: 'grants'; grants: readonly ScopeGrant[] };

/** The actor's reach in an area: everything for admins, else one grant per membership of a role the area knows. */
export function scopeFor(actor: Actor, area: ScopeArea): Scope {
  if (isAdmin(actor)) return { kind: 'all' };
  const roles = areaRoles[area];
  return {
    kind: 'grants',
    grants: actor.memberships.flatMap((m) =>
      m.organisationId && roles.read.includes(m.role)
        ? [
            {
              organisationId: m.organisationId,
              districts: m.districts,
              level: roles.work.includes(m.role) ? ('work' as const) : ('read' as const),
              isCoordinator: m.role === 'coordinator',
            },
          ]
        : [],
    ),
  };
}

/** What a scoped record says about its owner and its sharing. */
export interface ScopedRecord {
  organisationId: string | null;
  /** Null when the record has no place (it then belongs to its organisation's every district). */
  districtCode: string | null;
  /** The person consented to other organisations serving the district seeing it. */
  sharedInDistrict: boolean;
  /** Organisations it was explicitly referred to. */
  referredTo: readonly string[];
}

/** How far one grant reaches a record: its own organisation's (or nobody's) fully, shared ones read only. */
export function grantAccess(grant: ScopeGrant, record: ScopedRecord): AccessLevel {
  const inDistrict = record.districtCode === null || grant.districts.includes(record.districtCode);
  if (!inDistrict) return 'none';
  const owns =
    record.organisationId === null ||
    record.organisationId === grant.organisationId ||
    record.referredTo.includes(grant.organisationId);
  if (owns) return grant.level;
  return record.sharedInDistrict ? 'read' : 'none';
}

const rank: Record<AccessLevel, number> = { none: 0, read: 1, work: 2 };

export function accessTo(scope: Scope, record: ScopedRecord): AccessLevel {
  if (scope.kind === 'all') return 'work';
  return scope.grants.reduce<AccessLevel>((best, grant) => {
    const level = grantAccess(grant, record);
    return rank[level] > rank[best] ? level : best;
  }, 'none');
}

/** A coordinator who works the record (coordinators assign others to it). */
export function coordinates(scope: Scope, record: ScopedRecord): boolean {
  if (scope.kind === 'all') return true;
  return scope.grants.some((g) => g.isCoordinator && grantAccess(g, record) === 'work');
}

/** The districts an actor's grants cover (null: every district), for district pickers and filters. */
export function scopeDistricts(scope: Scope): string[] | null {
  return scope.kind === 'all' ? null : [...new Set(scope.grants.flatMap((g) => g.districts))];
}

/** The organisations an actor's grants come from (null: all). */
export function scopeOrganisations(scope: Scope): string[] | null {
  return scope.kind === 'all' ? null : [...new Set(scope.grants.map((g) => g.organisationId))];
}
