import type { CreateCaseBody } from '../../src/shared/contracts/cases.js';

let counter = 0;
/** A distinct valid Indian mobile number per call, so tests do not deduplicate into each other. */
export function freshPhone(): string {
  counter += 1;
  const random = Math.floor(Math.random() * 90_000) + 10_000;
  return `+917${random}${String(counter % 10_000).padStart(4, '0')}`;
}

export function caseBody(district: string, over: Partial<CreateCaseBody> = {}): CreateCaseBody {
  return {
    channel: 'phone',
    requester: { name: 'Ramesh Kumar', phones: [freshPhone()], language: 'hi', consentToShare: true },
    patient: {
      name: `Patient ${Math.random().toString(36).slice(2, 8)}`,
      age: 58,
      conditions: ['covid_positive'],
      spo2: 92,
    },
    location: { district, locality: 'Kidwai Nagar' },
    needs: [{ resource: 'oxygen_cylinder', quantity: 1 }],
    ...over,
  };
}
