import { describe, expect, it } from 'vitest';
import type { NavItem } from '../../../shared/contracts/auth.js';
import type { Role } from '../../../shared/enums.js';
import { landingPath } from './landing';

function sessionOf(roles: Role[], nav: NavItem[]) {
  return {
    nav,
    memberships: roles.map((role, index) => ({
      id: `m${index}`,
      role,
      organisationId: role === 'admin' ? null : 'org',
      organisationName: role === 'admin' ? null : 'Org',
      districts: [],
    })),
  };
}

describe('landingPath', () => {
  it('takes operators and coordinators to the desk', () => {
    expect(landingPath(sessionOf(['operator'], ['home', 'desk', 'new_case', 'account']))).toBe('/desk');
    expect(landingPath(sessionOf(['coordinator'], ['home', 'desk', 'new_case', 'people', 'account']))).toBe('/desk');
  });

  it('takes viewers, volunteers and platform admins home', () => {
    expect(landingPath(sessionOf(['viewer'], ['home', 'desk', 'organisations', 'account']))).toBe('/');
    expect(landingPath(sessionOf(['volunteer'], ['home', 'account']))).toBe('/');
    expect(landingPath(sessionOf(['admin'], ['home', 'desk', 'new_case', 'jobs', 'account']))).toBe('/');
  });

  it('sends nobody to a desk their session does not open', () => {
    expect(landingPath(sessionOf(['operator'], ['home', 'account']))).toBe('/');
  });
});
