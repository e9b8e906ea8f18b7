import type { Understanding } from '../../src/shared/contracts/understanding.js';

/** What the understanding engine would return, built by hand: nothing read, except what the test says. */
export function understanding(partial: Partial<Understanding> = {}): Understanding {
  return {
    kind: 'other',
    resources: [],
    medicines: [],
    bloodGroups: [],
    spo2: null,
    age: null,
    location: { city: null, district: null, state: null, pincode: null },
    phones: [],
    hospital: null,
    language: 'en',
    urgency: null,
    ...partial,
  };
}
