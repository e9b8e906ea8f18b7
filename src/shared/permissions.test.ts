import { describe, expect, it } from 'vitest';
import {
  canManageMembership,
  canReadPerson,
  canUpdatePerson,
  navFor,
  visibleOrganisationIds,
  type Actor,
  type MembershipScope,
} from './permissions.js';
import type { Role } from './enums.js';

const actor = (role: Role, organisationId: string | null = 'org-a', districts: string[] = ['KNP']): Actor => ({
  userId: 'me',
  memberships: [{ id: 'm', role, organisationId, districts }],
});
const member = (role: Role, organisationId: string | null, districts: string[]): MembershipScope => ({
  role,
  organisationId,
  districts,
});

describe('navigation by role', () => {
  const lead = [
    'home',
    'desk',
    'new_case',
    'callbacks',
    'leads',
    'flagged_phones',
    'donors',
    'camps',
    'blood_figures',
    'thalassemia',
    'lending',
    'lending_figures',
    'channels',
  ];
  it.each([
    ['admin', [...lead, 'organisations', 'people', 'audit', 'jobs', 'account']],
    ['coordinator', [...lead, 'organisations', 'people', 'audit', 'account']],
    ['viewer', ['home', 'desk', 'blood_figures', 'lending_figures', 'organisations', 'account']],
    [
      'operator',
      [
        'home',
        'desk',
        'new_case',
        'callbacks',
        'leads',
        'flagged_phones',
        'donors',
        'camps',
        'blood_figures',
        'thalassemia',
        'lending',
        'lending_figures',
        'account',
      ],
    ],
    ['volunteer', ['home', 'account']],
  ] as const)('%s sees %j', (role, nav) => {
    expect(navFor(actor(role, role === 'admin' ? null : 'org-a'))).toEqual(nav);
  });

  it('shows the simulator to desk workers only when it is switched on', () => {
    expect(navFor(actor('operator', 'org-a'), { simulator: true })).toContain('simulator');
    expect(navFor(actor('viewer', 'org-a'), { simulator: true })).not.toContain('simulator');
    expect(navFor(actor('operator', 'org-a'))).not.toContain('simulator');
  });
});

describe('coordinator scope', () => {
  const coordinator = actor('coordinator', 'org-a', ['KNP']);

  it('reads people whose membership overlaps its districts in its organisation', () => {
    expect(canReadPerson(coordinator, [member('operator', 'org-a', ['KNP', 'UNN'])])).toBe(true);
    expect(canReadPerson(coordinator, [member('operator', 'org-a', ['UNN'])])).toBe(false);
    expect(canReadPerson(coordinator, [member('operator', 'org-b', ['KNP'])])).toBe(false);
  });

  it('manages only operator, volunteer and viewer memberships wholly inside its districts', () => {
    for (const role of ['operator', 'volunteer', 'viewer'] as const) {
      expect(canManageMembership(coordinator, member(role, 'org-a', ['KNP']))).toBe(true);
    }
    expect(canManageMembership(coordinator, member('coordinator', 'org-a', ['KNP']))).toBe(false);
    expect(canManageMembership(coordinator, member('admin', null, []))).toBe(false);
    expect(canManageMembership(coordinator, member('operator', 'org-a', ['KNP', 'UNN']))).toBe(false);
    expect(canManageMembership(coordinator, member('operator', 'org-a', []))).toBe(false);
    expect(canManageMembership(coordinator, member('operator', 'org-b', ['KNP']))).toBe(false);
  });

  it('updates a person only with authority over every membership', () => {
    const inside = member('operator', 'org-a', ['KNP']);
    const outside = member('volunteer', 'org-b', ['PRY']);
    expect(canUpdatePerson(coordinator, [inside])).toBe(true);
    expect(canUpdatePerson(coordinator, [inside, outside])).toBe(false);
    expect(canUpdatePerson(coordinator, [])).toBe(false);
  });

  it('non-coordinators manage nobody; admins everybody', () => {
    for (const role of ['operator', 'volunteer', 'viewer'] as const) {
      expect(canManageMembership(actor(role), member('operator', 'org-a', ['KNP']))).toBe(false);
    }
    expect(canUpdatePerson(actor('admin', null, []), [member('coordinator', 'org-z', ['X'])])).toBe(true);
    expect(visibleOrganisationIds(actor('admin', null, []))).toBeNull();
    expect(visibleOrganisationIds(actor('viewer', 'org-a'))).toEqual(['org-a']);
  });
});
