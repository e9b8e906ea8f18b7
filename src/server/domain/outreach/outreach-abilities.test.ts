import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/permissions.js';
import type { CaseAbilities } from '../cases/abilities.js';
import {
  donorDistrictsFor,
  outreachAbilities,
  outreachOrganisation,
  presentOutreachAbilities,
} from './outreach-abilities.js';

const orgA = '00000000-0000-4000-8000-00000000000a';
const orgB = '00000000-0000-4000-8000-00000000000b';
const member = (role: 'operator' | 'viewer' | 'coordinator', organisationId: string, districts: string[]): Actor => ({
  userId: 'u',
  memberships: [{ id: 'm', role, organisationId, districts }],
});
const admin: Actor = { userId: 'a', memberships: [{ id: 'm', role: 'admin', organisationId: null, districts: [] }] };
const operatorA = member('operator', orgA, ['KNP', 'UNN']);

const working = { read: true, edit: true } as unknown as CaseAbilities;
const closed = { read: true, edit: 'closed' } as unknown as CaseAbilities;
const reading = { read: true, edit: 'forbidden' } as unknown as CaseAbilities;
const hidden = { read: false, edit: 'not_visible' } as unknown as CaseAbilities;
const open = { organisationId: orgA, blocked: null, runState: null };

describe('whose donors are asked', () => {
  const kanpurCase = { organisationId: orgA, districtCode: 'KNP', referredOrganisationIds: [] };
  it('the running outreach’s organisation, else the owner the actor works in', () => {
    expect(outreachOrganisation(operatorA, kanpurCase, orgB)).toBe(orgB);
    expect(outreachOrganisation(operatorA, kanpurCase, null)).toBe(orgA);
    expect(outreachOrganisation(member('operator', orgA, ['PRY']), kanpurCase, null)).toBeNull();
    expect(outreachOrganisation(member('viewer', orgA, ['KNP']), kanpurCase, null)).toBeNull();
  });
  it('a referred organisation, or one serving the district for a public plea; the owner for admins', () => {
    const referred = { ...kanpurCase, referredOrganisationIds: [orgB] };
    expect(outreachOrganisation(member('operator', orgB, ['KNP']), referred, null)).toBe(orgB);
    expect(outreachOrganisation(member('operator', orgB, ['KNP']), kanpurCase, null)).toBeNull();
    const publicPlea = { ...kanpurCase, organisationId: null };
    expect(outreachOrganisation(member('operator', orgB, ['KNP']), publicPlea, null)).toBe(orgB);
    expect(outreachOrganisation(admin, kanpurCase, null)).toBe(orgA);
  });
  it('reads donors in the districts the actor covers in that organisation', () => {
    expect(donorDistrictsFor(operatorA, orgA)).toEqual(['KNP', 'UNN']);
    expect(donorDistrictsFor(operatorA, orgB)).toEqual([]);
    expect(donorDistrictsFor(admin, orgA)).toBeNull();
  });
});

describe('what one may do with a need’s outreach', () => {
  it('an operator of the organisation working the open case may do everything', () => {
    const can = outreachAbilities(operatorA, working, open);
    expect(can).toEqual({ read: true, ask: true, start: true, stop: 'not_running', addReplacement: true });
    expect(presentOutreachAbilities(can)).toEqual({ ask: true, start: true, stop: false, addReplacement: true });
    expect(outreachAbilities(operatorA, working, { ...open, runState: 'running' })).toMatchObject({
      start: 'already_running',
      stop: true,
    });
  });
  it('hidden cases are not found; viewers and other organisations may not read donors', () => {
    expect(outreachAbilities(operatorA, hidden, open)).toMatchObject({ read: 'not_visible', ask: 'not_visible' });
    expect(outreachAbilities(member('viewer', orgA, ['KNP']), reading, open)).toMatchObject({
      read: 'forbidden',
      start: 'forbidden',
    });
    expect(outreachAbilities(member('operator', orgB, ['KNP']), working, open).read).toBe('forbidden');
  });
  it('a closed case, a need that cannot be matched, or no organisation refuse with why', () => {
    expect(outreachAbilities(operatorA, closed, open)).toMatchObject({ read: true, ask: 'closed', stop: 'closed' });
    expect(outreachAbilities(operatorA, working, { ...open, blocked: 'all_units_arranged' })).toMatchObject({
      ask: 'all_units_arranged',
      start: 'all_units_arranged',
      addReplacement: true,
    });
    expect(outreachAbilities(operatorA, working, { ...open, blocked: 'not_a_blood_need' }).addReplacement).toBe(
      'not_a_blood_need',
    );
    expect(outreachAbilities(admin, working, { ...open, organisationId: null })).toMatchObject({
      read: true,
      ask: 'no_organisation',
    });
  });
});
