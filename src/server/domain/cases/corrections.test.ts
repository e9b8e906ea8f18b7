import { describe, expect, it } from 'vitest';
import type { Understanding } from '../../../shared/contracts/understanding.js';
import { correctionsFrom } from './corrections.js';

const understood: Understanding = {
  kind: 'request',
  resources: ['oxygen_cylinder'],
  medicines: [],
  bloodGroups: [],
  spo2: 84,
  age: null,
  location: { city: 'Kanpur', district: 'Kanpur Nagar', state: 'Uttar Pradesh', pincode: null },
  phones: ['+919839012345'],
  hospital: null,
  language: 'hi',
  urgency: null,
};

describe('operator corrections', () => {
  it('records only the fields the operator changed', () => {
    expect(
      correctionsFrom(understood, {
        resources: ['oxygen_cylinder', 'bed_oxygen'],
        bloodGroups: [],
        spo2: 84,
        age: 61,
        district: 'Kanpur Nagar',
        phones: ['+919839012345'],
      }),
    ).toEqual({
      resources: { understood: ['oxygen_cylinder'], final: ['bed_oxygen', 'oxygen_cylinder'] },
      age: { understood: null, final: 61 },
    });
  });

  it('is empty when the operator accepted everything', () => {
    expect(
      correctionsFrom(understood, {
        resources: ['oxygen_cylinder'],
        bloodGroups: [],
        spo2: 84,
        age: null,
        district: 'Kanpur Nagar',
        phones: ['+919839012345'],
      }),
    ).toEqual({});
  });
});
