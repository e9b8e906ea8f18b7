import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import { canPlanCamps, canUseCamps } from '../../../shared/camp-permissions.js';
import { campAbilities, planVerdict, presentCan, registrationAbilities, type CampPlace } from './abilities.js';

const kanpur = 'UP-KNP';
const prayagraj = 'UP-PRY';
const police = 'org-police';
const other = 'org-other';

const person = (role: Role, organisationId: string | null = police, districts = [kanpur]): Actor => ({
  userId: `u-${role}`,
  memberships: [{ id: 'm', role, organisationId, districts: role === 'admin' ? [] : districts }],
});
const at = (hhmm: string) => new Date(`2026-12-07T${hhmm}:00+05:30`);
const camp: CampPlace = {
  organisationId: police,
  districtCode: kanpur,
  state: 'planned',
  startsAt: at('09:00'),
  endsAt: at('17:00'),
  thankedAt: null,
};
const now = at('10:00');

describe('who reaches camps', () => {
  it('is the health desk: operators and coordinators, and admins', () => {
    expect(canUseCamps(person('operator'))).toBe(true);
    expect(canUseCamps(person('coordinator'))).toBe(true);
    expect(canUseCamps(person('admin', null))).toBe(true);
    expect(canUseCamps(person('viewer'))).toBe(false);
    expect(canUseCamps(person('volunteer'))).toBe(false);
  });

  it('plans camps: coordinators and admins', () => {
    expect(canPlanCamps(person('coordinator'))).toBe(true);
    expect(canPlanCamps(person('admin', null))).toBe(true);
    expect(canPlanCamps(person('operator'))).toBe(false);
    expect(planVerdict(person('coordinator'), police, kanpur)).toBe(true);
    expect(planVerdict(person('coordinator'), police, prayagraj)).toBe('not_visible');
    expect(planVerdict(person('operator'), police, kanpur)).toBe('coordinator_only');
  });
});

describe('a camp', () => {
  it("lets the coordinator plan, change and invite, and the desk register and check in, on the camp's day", () => {
    const can = presentCan(campAbilities(person('coordinator'), camp, 0, now));
    expect(can).toMatchObject({
      update: true,
      cancel: true,
      markHeld: true,
      invite: true,
      register: true,
      checkIn: true,
    });
    expect(can.thank).toBe(false);
    expect(can.issueCertificates).toBe(false);
    const desk = campAbilities(person('operator'), camp, 1, now);
    expect(desk).toMatchObject({ register: true, checkIn: true, recordOutcome: true, update: 'coordinator_only' });
  });

  it('is not found for another organisation or district', () => {
    expect(campAbilities(person('coordinator', other), camp, 0, now).read).toBe(false);
    expect(campAbilities(person('coordinator', police, [prayagraj]), camp, 0, now).update).toBe('not_visible');
  });

  it('closes with its state and the clock', () => {
    const held = { ...camp, state: 'held' as const };
    const coordinator = person('coordinator');
    expect(campAbilities(coordinator, held, 3, at('18:00'))).toMatchObject({
      register: 'camp_held',
      checkIn: 'camp_over',
      thank: true,
      issueCertificates: true,
      update: 'camp_held',
    });
    expect(campAbilities(coordinator, camp, 0, new Date(at('09:00').getTime() + 86_400_000)).checkIn).toBe('camp_over');
  });

  it('offers per registration only the next step', () => {
    const operator = person('operator');
    expect(presentCan(registrationAbilities(operator, camp, 'registered', now))).toEqual({
      checkIn: true,
      recordOutcome: false,
      cancel: true,
    });
    expect(presentCan(registrationAbilities(operator, camp, 'checked_in', now))).toEqual({
      checkIn: false,
      recordOutcome: true,
      cancel: false,
    });
    expect(registrationAbilities(person('viewer'), camp, 'registered', now).checkIn).toBe('not_visible');
  });
});
