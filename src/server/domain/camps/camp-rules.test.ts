import { describe, expect, it } from 'vitest';
import {
  campDay,
  cancelRefusal,
  checkInRefusal,
  heldRefusal,
  outcomeRefusal,
  registrationCancelRefusal,
  registrationCheckInRefusal,
  registrationRefusal,
  thankRefusal,
  type CampClock,
} from './camp-rules.js';

const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+05:30`);
const camp: CampClock = {
  state: 'planned',
  startsAt: at('2026-12-07', '09:00'),
  endsAt: at('2026-12-07', '17:00'),
  thankedAt: null,
};

describe('a camp day', () => {
  it("is the start's Kolkata day, even when that is the previous UTC day", () => {
    expect(campDay({ startsAt: at('2026-12-07', '02:00') })).toBe('2026-12-07');
  });
});

describe('registration', () => {
  it('is open while planned and not over', () => {
    expect(registrationRefusal(camp, at('2026-12-01', '10:00'))).toBeNull();
    expect(registrationRefusal(camp, at('2026-12-07', '16:59'))).toBeNull();
    expect(registrationRefusal(camp, at('2026-12-07', '17:00'))).toBe('camp_over');
    expect(registrationRefusal({ ...camp, state: 'cancelled' }, at('2026-12-01', '10:00'))).toBe('camp_cancelled');
    expect(registrationRefusal({ ...camp, state: 'held' }, at('2026-12-07', '12:00'))).toBe('camp_held');
  });

  it('may be cancelled only before check-in', () => {
    expect(registrationCancelRefusal(camp, 'registered')).toBeNull();
    expect(registrationCancelRefusal(camp, 'checked_in')).toBe('already_checked_in');
    expect(registrationCancelRefusal(camp, 'cancelled')).toBe('registration_cancelled');
  });
});

describe('check-in', () => {
  it("happens only on the camp's Kolkata day", () => {
    expect(checkInRefusal(camp, at('2026-12-06', '23:59'))).toBe('camp_not_yet');
    expect(checkInRefusal(camp, at('2026-12-07', '08:30'))).toBeNull();
    // A queue at closing time is still checked in that evening.
    expect(checkInRefusal(camp, at('2026-12-07', '18:00'))).toBeNull();
    expect(checkInRefusal(camp, at('2026-12-08', '00:01'))).toBe('camp_over');
  });

  it('is over once the camp is marked held, and refused for a cancelled camp', () => {
    expect(checkInRefusal({ ...camp, state: 'held' }, at('2026-12-07', '12:00'))).toBe('camp_over');
    expect(checkInRefusal({ ...camp, state: 'cancelled' }, at('2026-12-07', '12:00'))).toBe('camp_cancelled');
  });

  it('takes a registration once', () => {
    expect(registrationCheckInRefusal('registered')).toBeNull();
    expect(registrationCheckInRefusal('checked_in')).toBe('already_checked_in');
    expect(registrationCheckInRefusal('donated')).toBe('already_checked_in');
    expect(registrationCheckInRefusal('cancelled')).toBe('registration_cancelled');
  });
});

describe('outcomes', () => {
  it('come only after check-in, once', () => {
    expect(outcomeRefusal(camp, 'registered')).toBe('not_checked_in');
    expect(outcomeRefusal(camp, 'checked_in')).toBeNull();
    expect(outcomeRefusal(camp, 'donated')).toBe('outcome_recorded');
    expect(outcomeRefusal(camp, 'deferred')).toBe('outcome_recorded');
    expect(outcomeRefusal(camp, 'cancelled')).toBe('registration_cancelled');
    expect(outcomeRefusal({ ...camp, state: 'held' }, 'checked_in')).toBe('camp_held');
  });
});

describe('after the camp', () => {
  it('is held once its day has begun', () => {
    expect(heldRefusal(camp, at('2026-12-07', '08:59'))).toBe('camp_not_started');
    expect(heldRefusal(camp, at('2026-12-07', '09:00'))).toBeNull();
    expect(heldRefusal({ ...camp, state: 'held' }, at('2026-12-08', '09:00'))).toBe('camp_held');
  });

  it('thanks donors once, after it is held', () => {
    expect(thankRefusal(camp)).toBe('camp_not_held');
    expect(thankRefusal({ ...camp, state: 'held' })).toBeNull();
    expect(thankRefusal({ ...camp, state: 'held', thankedAt: new Date() })).toBe('camp_already_thanked');
    expect(thankRefusal({ ...camp, state: 'cancelled' })).toBe('camp_cancelled');
  });

  it('cannot cancel a held camp', () => {
    expect(cancelRefusal(camp)).toBeNull();
    expect(cancelRefusal({ ...camp, state: 'held' })).toBe('camp_held');
  });
});
