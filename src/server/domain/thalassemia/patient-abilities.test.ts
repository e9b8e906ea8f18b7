import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import { canUseThalassemia } from '../../../shared/thalassemia-permissions.js';
import { patientAbilities, patientRegistrationScope, presentPatientCan } from './patient-abilities.js';

const kanpur = 'UP-KNP';
const bilaspur = 'CG-BSP';
const jeevan = 'org-jeevan';
const other = 'org-bilaspur';

const person = (role: Role, organisationId: string | null = jeevan, districts = [kanpur]): Actor => ({
  userId: `u-${role}`,
  memberships: [{ id: 'm', role, organisationId, districts: role === 'admin' ? [] : districts }],
});
const child = { organisationId: jeevan, districtCode: kanpur, state: 'active' as const };

describe('who may do what with a child on regular transfusion', () => {
  it('operators and coordinators of the organisation in the district do all the work', () => {
    for (const actor of [person('operator'), person('coordinator'), person('admin', null)]) {
      const can = patientAbilities(actor, child);
      expect(can.read).toBe(true);
      expect(presentPatientCan(can)).toEqual({
        update: true,
        revealContact: true,
        changeState: true,
        manageRoster: true,
        recordTransfusion: true,
      });
    }
  });

  it('another organisation, another district, viewers and volunteers: not visible', () => {
    for (const actor of [
      person('operator', other, [bilaspur]),
      person('coordinator', other, [kanpur]),
      person('coordinator', jeevan, [bilaspur]),
      person('viewer'),
      person('volunteer'),
    ]) {
      const can = patientAbilities(actor, child);
      expect(can.read).toBe(false);
      for (const key of ['update', 'revealContact', 'changeState', 'manageRoster', 'recordTransfusion'] as const) {
        expect(can[key]).toBe('not_visible');
      }
    }
  });

  it('a child whose care ended keeps the record but the roster is closed', () => {
    const can = patientAbilities(person('coordinator'), { ...child, state: 'ended' });
    expect(can.manageRoster).toBe('patient_ended');
    expect(can.update).toBe(true);
    expect(can.changeState).toBe(true);
    expect(can.recordTransfusion).toBe(true);
    expect(patientAbilities(person('operator'), { ...child, state: 'paused' }).manageRoster).toBe(true);
  });

  it('the nav item and the registration scope follow the health area', () => {
    expect(canUseThalassemia(person('operator'))).toBe(true);
    expect(canUseThalassemia(person('admin', null))).toBe(true);
    expect(canUseThalassemia(person('viewer'))).toBe(false);
    expect(canUseThalassemia(person('volunteer'))).toBe(false);
    expect(patientRegistrationScope(person('admin', null))).toBeNull();
    expect(patientRegistrationScope(person('coordinator'))).toEqual([{ organisationId: jeevan, districts: [kanpur] }]);
    expect(patientRegistrationScope(person('viewer'))).toEqual([]);
  });
});
