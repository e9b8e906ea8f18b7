import { describe, expect, it } from 'vitest';
import { operatorRegistrationBody, publicRegistrationBody } from '../../../shared/contracts/camps.js';
import { emptyRegistration, operatorBodyOf, publicBodyOf } from './registration-draft';
import { walkInSlot } from './field-names';

const typed = { ...emptyRegistration('hi'), name: ' सुनीता  देवी ', phone: '98765 43210' };

describe('a camp registration as the API wants it', () => {
  it('leaves the slot to the server when none was chosen, and an unknown group as null', () => {
    const body = operatorBodyOf(typed);
    expect(body).toEqual({
      name: 'सुनीता  देवी',
      phone: '98765 43210',
      bloodGroup: null,
      category: 'citizen',
      language: 'hi',
      walkIn: false,
    });
    expect(operatorRegistrationBody.parse(body).phone).toBe('+919876543210');
  });

  it('sends a chosen slot, or a walk-in without one', () => {
    const slotAt = '2026-12-20T04:30:00.000Z';
    expect(operatorBodyOf({ ...typed, slot: slotAt, bloodGroup: 'B+' })).toMatchObject({ slotAt, bloodGroup: 'B+' });
    const walkIn = operatorBodyOf({ ...typed, slot: walkInSlot });
    expect(walkIn.walkIn).toBe(true);
    expect(walkIn).not.toHaveProperty('slotAt');
  });

  it('carries the honeypot on the public page only when a robot filled it', () => {
    expect(publicBodyOf(typed, '')).not.toHaveProperty('website');
    expect(publicBodyOf(typed, 'http://spam.example')).toMatchObject({ website: 'http://spam.example' });
    expect(publicRegistrationBody.safeParse(publicBodyOf(typed, '')).success).toBe(true);
  });
});
