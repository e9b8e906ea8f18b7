import { describe, expect, it } from 'vitest';
import type { Role } from './enums.js';
import type { Actor } from './permissions.js';
import { accessTo, coordinates, scopeFor, type ScopeArea, type ScopedRecord } from './scope.js';

const police = 'org-police';
const ngo = 'org-ngo';
const kanpur = 'UP-KNP';
const unnao = 'UP-UNN';

const actor = (role: Role, organisationId: string | null, districts: string[]): Actor => ({
  userId: `u-${role}`,
  memberships: [{ id: 'm', role, organisationId, districts }],
});

const record = (over: Partial<ScopedRecord> = {}): ScopedRecord => ({
  organisationId: police,
  districtCode: kanpur,
  sharedInDistrict: false,
  referredTo: [],
  ...over,
});

describe('scope model', () => {
  const ngoOperator = actor('operator', ngo, [kanpur, unnao]);
  const ngoViewer = actor('viewer', ngo, [kanpur]);
  const policeOperator = actor('operator', police, [kanpur]);

  it.each<[string, Actor, ScopeArea, Partial<ScopedRecord>, string]>([
    ['owner works its own', policeOperator, 'cases', {}, 'work'],
    ['another organisation: nothing without consent', ngoOperator, 'cases', {}, 'none'],
    ['another organisation: reads with consent', ngoOperator, 'cases', { sharedInDistrict: true }, 'read'],
    ['another organisation: works when referred', ngoOperator, 'cases', { referredTo: [ngo] }, 'work'],
    ['a viewer of the referred organisation reads', ngoViewer, 'cases', { referredTo: [ngo] }, 'read'],
    [
      'nobody owns a public plea: every organisation in the district works it',
      ngoOperator,
      'cases',
      { organisationId: null },
      'work',
    ],
    [
      'outside the district: nothing, even shared',
      ngoOperator,
      'cases',
      { districtCode: 'BR-PAT', sharedInDistrict: true },
      'none',
    ],
    ['the owner outside its districts: nothing', policeOperator, 'cases', { districtCode: unnao }, 'none'],
    [
      'a record without a place belongs to all its organisation',
      policeOperator,
      'desk',
      { districtCode: null },
      'work',
    ],
    ['viewers have no desk area', actor('viewer', police, [kanpur]), 'desk', {}, 'none'],
    ['health data stays in its organisation', ngoOperator, 'health', {}, 'none'],
    ['health data shared with consent is read', ngoOperator, 'health', { sharedInDistrict: true }, 'read'],
    ['volunteers reach no cases', actor('volunteer', police, [kanpur]), 'cases', {}, 'none'],
  ])('%s', (_, who, area, over, level) => {
    expect(accessTo(scopeFor(who, area), record(over))).toBe(level);
  });

  it('admins reach everything; only a working coordinator coordinates', () => {
    const admin = actor('admin', null, []);
    expect(accessTo(scopeFor(admin, 'cases'), record({ districtCode: 'BR-PAT' }))).toBe('work');
    const coordinator = actor('coordinator', ngo, [kanpur]);
    expect(coordinates(scopeFor(coordinator, 'cases'), record())).toBe(false);
    expect(coordinates(scopeFor(coordinator, 'cases'), record({ sharedInDistrict: true }))).toBe(false);
    expect(coordinates(scopeFor(coordinator, 'cases'), record({ referredTo: [ngo] }))).toBe(true);
  });

  it('the best of several memberships counts', () => {
    const both: Actor = {
      userId: 'u',
      memberships: [
        { id: 'a', role: 'viewer', organisationId: police, districts: [kanpur] },
        { id: 'b', role: 'operator', organisationId: ngo, districts: [kanpur] },
      ],
    };
    expect(accessTo(scopeFor(both, 'cases'), record())).toBe('read');
    expect(accessTo(scopeFor(both, 'cases'), record({ referredTo: [ngo] }))).toBe('work');
  });
});
