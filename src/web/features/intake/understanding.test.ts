import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Understanding } from '../../../shared/contracts/understanding.js';
import { prefillFrom, understandingView } from './understanding';

const understood = (over: Record<string, unknown>) =>
  understandingView.parse({
    kind: 'request',
    resources: [],
    medicines: [],
    bloodGroups: [],
    spo2: null,
    age: null,
    location: { city: null, district: null, state: null, pincode: null },
    phones: [],
    hospital: null,
    language: 'hi',
    ...over,
  });

const needsOf = (over: Record<string, unknown>) =>
  prefillFrom(understood(over)).needs.map(({ resource, bloodGroup, medicine }) => ({ resource, bloodGroup, medicine }));

describe('prefillFrom', () => {
  it('turns the Hindi oxygen plea into the fields an operator checks', () => {
    const prefill = prefillFrom(
      understood({
        resources: ['oxygen_cylinder'],
        spo2: 84,
        location: { city: 'Kanpur', district: 'Kanpur Nagar', state: 'Uttar Pradesh', pincode: null },
        phones: ['+919839012345'],
      }),
    );
    expect(prefill).toMatchObject({ spo2: '84', age: null, phones: ['+919839012345'], hospital: null });
    expect(prefill.needs.map((need) => need.resource)).toEqual(['oxygen_cylinder']);
    expect(prefill.place.district).toBe('Kanpur Nagar');
  });

  it('gives blood products the blood group named', () => {
    expect(needsOf({ resources: ['plasma', 'bed_icu'], bloodGroups: ['B+'] })).toEqual([
      { resource: 'plasma', bloodGroup: 'B+', medicine: '' },
      { resource: 'bed_icu', bloodGroup: '', medicine: '' },
    ]);
  });

  it('reads a lone blood group as a need for blood', () => {
    expect(needsOf({ bloodGroups: ['O-'] })).toEqual([{ resource: 'blood', bloodGroup: 'O-', medicine: '' }]);
  });

  it('makes one need per medicine named', () => {
    expect(needsOf({ resources: ['medicine'], medicines: ['remdesivir', 'favipiravir'] })).toEqual([
      { resource: 'medicine', bloodGroup: '', medicine: 'remdesivir' },
      { resource: 'medicine', bloodGroup: '', medicine: 'favipiravir' },
    ]);
  });

  it('ignores codes and values it cannot use, rather than failing', () => {
    const prefill = prefillFrom(
      understood({ resources: ['unicorn', 'food'], bloodGroups: ['Z+'], spo2: 400, age: 45 }),
    );
    expect(prefill.needs.map((need) => need.resource)).toEqual(['food']);
    expect(prefill.spo2).toBeNull();
    expect(prefill.age).toBe('45');
  });

  it('leaves for the operator what the engine was unsure of, and says so', () => {
    const prefill = prefillFrom(
      understood({
        resources: ['oxygen_cylinder'],
        location: { city: 'Kanpur', district: 'Kanpur Nagar', state: 'Uttar Pradesh', pincode: '208001' },
        phones: ['+919839012345'],
        spo2: 84,
        confidence: { kind: 0.9, resources: 0.42, location: 0.35, phones: 0.97, spo2: 0.85, age: 1 },
      }),
    );
    expect(prefill.needs).toEqual([]);
    expect(prefill.place).toEqual({ city: null, district: null, state: null, pincode: null });
    expect(prefill.pincode).toBeNull();
    expect(prefill.phones).toEqual(['+919839012345']);
    expect(prefill.spo2).toBe('84');
    expect(prefill.unsure).toEqual(['needs', 'place']);
    expect(prefill.read).toEqual([
      { part: 'needs', confidence: 0.42 },
      { part: 'spo2', confidence: 0.85 },
      { part: 'phones', confidence: 0.97 },
      { part: 'place', confidence: 0.35 },
    ]);
  });

  it('fills in everything from an engine that gives no confidence', () => {
    const prefill = prefillFrom(understood({ resources: ['bed_icu'], phones: ['+919839012345'] }));
    expect(prefill.needs.map((need) => need.resource)).toEqual(['bed_icu']);
    expect(prefill.unsure).toEqual([]);
    expect(prefill.read).toEqual([
      { part: 'needs', confidence: null },
      { part: 'phones', confidence: null },
    ]);
  });

  it('accepts missing fields', () => {
    expect(prefillFrom(understandingView.parse({})).needs).toEqual([]);
  });
});

describe('understandingView', () => {
  it('reads everything the engine contract allows', () => {
    expectTypeOf<Understanding>().toExtend<z.input<typeof understandingView>>();
  });
});
