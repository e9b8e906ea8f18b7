import { describe, expect, it } from 'vitest';
import { emptyNeed } from '../cases/need-draft';
import { applyPrefill, createBodyFrom, emptyIntake, intakeWith, type IntakeField } from './intake-draft';
import type { IntakePrefill } from './understanding';

const prefill: IntakePrefill = {
  needs: [emptyNeed('oxygen_cylinder')],
  spo2: '84',
  age: null,
  phones: ['+919839012345'],
  pincode: null,
  hospital: null,
  place: { city: 'Kanpur', district: null, state: null, pincode: null },
};

describe('applyPrefill', () => {
  it('fills the fields the message speaks of', () => {
    const draft = applyPrefill(emptyIntake(), new Set(), prefill, 'UP-KANPUR-NAGAR');
    expect(draft).toMatchObject({ spo2: '84', age: '', phones: ['+919839012345'], district: 'UP-KANPUR-NAGAR' });
    expect(draft.needs.map((need) => need.resource)).toEqual(['oxygen_cylinder']);
  });

  it('never overwrites what the operator typed', () => {
    const typed = { ...emptyIntake(), spo2: '91', phones: ['98390 00000'] };
    const touched = new Set<IntakeField>(['spo2', 'phones']);
    expect(applyPrefill(typed, touched, prefill, null)).toMatchObject({ spo2: '91', phones: ['98390 00000'] });
  });

  it('keeps the default district when the message names none', () => {
    expect(applyPrefill(emptyIntake('UP-KANPUR-NAGAR'), new Set(), prefill, null).district).toBe('UP-KANPUR-NAGAR');
  });
});

describe('createBodyFrom', () => {
  it('sends empty fields as null and drops empty phone boxes', () => {
    const draft = {
      ...emptyIntake('UP-KANPUR-NAGAR'),
      phones: ['98390 12345', ' '],
      spo2: '84',
      needs: [emptyNeed('oxygen_cylinder')],
      consent: true,
    };
    expect(createBodyFrom(draft)).toEqual({
      channel: 'phone',
      text: null,
      requester: { name: null, phones: ['98390 12345'], language: 'hi', consentToShare: true },
      patient: { name: null, age: null, sex: null, conditions: [], spo2: 84 },
      location: { district: 'UP-KANPUR-NAGAR', locality: null, address: null, pincode: null, hospital: null },
      needs: [{ resource: 'oxygen_cylinder', quantity: 1, bloodGroup: null, medicine: null }],
    });
  });

  it('turns the time of the call into an instant', () => {
    const body = createBodyFrom({ ...emptyIntake(), receivedAt: '2021-05-01T10:30' });
    expect(body.receivedAt).toBe(new Date('2021-05-01T10:30').toISOString());
  });
});

describe('intakeWith (a missed call handed over)', () => {
  it("takes the caller's whole number and the time they rang, the clock's start", () => {
    const draft = intakeWith('UP-KANPUR-NAGAR', {
      callerPhone: '+91 98390 44444',
      firstCallAt: '2026-12-07T04:30:00Z',
    });
    expect(draft.phones).toEqual(['+919839044444']);
    expect(createBodyFrom(draft).receivedAt).toBe('2026-12-07T04:30:00.000Z');
  });
  it('leaves a masked number out: the operator types it', () => {
    expect(intakeWith('', { callerPhone: '+91 98xxx xx444' }).phones).toEqual(['']);
    const none = intakeWith('', null);
    expect([none.phones, none.receivedAt]).toEqual([[''], '']);
  });
});
