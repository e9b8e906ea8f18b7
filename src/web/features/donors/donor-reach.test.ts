import { describe, expect, it } from 'vitest';
import type { SessionView } from '../../../shared/contracts/auth.js';
import type { Role } from '../../../shared/enums.js';
import { actorFrom } from '../auth/actor';
import { donorOrganisations, healthDistricts, mayImportDonors } from './donor-reach';

function sessionOf(
  memberships: Array<{ role: Role; organisationId: string | null; districts: string[] }>,
): SessionView {
  return {
    user: { id: 'u', name: 'आशा', phone: '+919839012345', email: null, preferredLanguage: 'hi' },
    memberships: memberships.map((m, index) => ({
      id: `m${index}`,
      ...m,
      organisationName: m.organisationId === null ? null : `Org ${m.organisationId}`,
    })),
    nav: [],
    csrfToken: 't',
  };
}

describe('donor reach', () => {
  it('gives an operator the districts and organisation they work in, and no import', () => {
    const session = sessionOf([{ role: 'operator', organisationId: 'a', districts: ['UP-KANPUR-NAGAR'] }]);
    const actor = actorFrom(session);
    expect(healthDistricts(actor)).toEqual(['UP-KANPUR-NAGAR']);
    expect(donorOrganisations(session, actor)).toEqual([{ id: 'a', name: 'Org a', districts: ['UP-KANPUR-NAGAR'] }]);
    expect(donorOrganisations(session, actor, { coordinating: true })).toEqual([]);
    expect(mayImportDonors(session, actor)).toBe(false);
  });

  it('lets a coordinator import for their organisation only', () => {
    const session = sessionOf([
      { role: 'coordinator', organisationId: 'a', districts: ['UP-KANPUR-NAGAR', 'UP-UNNAO'] },
      { role: 'operator', organisationId: 'b', districts: ['UP-PRAYAGRAJ'] },
    ]);
    const actor = actorFrom(session);
    expect(mayImportDonors(session, actor)).toBe(true);
    expect(donorOrganisations(session, actor, { coordinating: true })?.map((o) => o.id)).toEqual(['a']);
    expect(donorOrganisations(session, actor)?.map((o) => o.id)).toEqual(['a', 'b']);
  });

  it('gives viewers and volunteers no donors at all', () => {
    const session = sessionOf([
      { role: 'viewer', organisationId: 'a', districts: ['UP-KANPUR-NAGAR'] },
      { role: 'volunteer', organisationId: 'a', districts: ['UP-KANPUR-NAGAR'] },
    ]);
    const actor = actorFrom(session);
    expect(healthDistricts(actor)).toEqual([]);
    expect(donorOrganisations(session, actor)).toEqual([]);
    expect(mayImportDonors(session, actor)).toBe(false);
  });

  it('leaves an administrator free to choose', () => {
    const session = sessionOf([{ role: 'admin', organisationId: null, districts: [] }]);
    const actor = actorFrom(session);
    expect(healthDistricts(actor)).toBeNull();
    expect(donorOrganisations(session, actor)).toBeNull();
    expect(mayImportDonors(session, actor)).toBe(true);
  });
});
