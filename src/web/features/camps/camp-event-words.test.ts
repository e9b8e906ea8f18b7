import { describe, expect, it } from 'vitest';
import type { CampEventView } from '../../../shared/contracts/camps.js';
import { eventParams, unnamedActorKey } from './camp-event-words';

const event = (type: CampEventView['type'], details: Record<string, unknown>): CampEventView => ({
  id: '1',
  type,
  at: '2026-12-07T06:00:00.000Z',
  actorName: null,
  registrationId: null,
  details,
});

describe('a camp event in words', () => {
  it('adds up the invitations skipped for each reason', () => {
    const skipped = { alreadyRegistered: 2, contactLimit: 5, optedOut: 1, notEligible: 4 };
    expect(eventParams(event('invited', { invited: 73, skipped, radiusKm: 15 }))).toEqual({ count: 73, skipped: 12 });
  });

  it('reads the thanks, the cancellation reason and the donation as the server wrote them', () => {
    expect(eventParams(event('thanked', { queued: 2, skipped: 0 }))).toEqual({ count: 2, skipped: 0 });
    expect(eventParams(event('cancelled', { reason: 'बारिश', told: 3, notTold: 1 }))).toEqual({
      reason: 'बारिश',
      told: 3,
    });
    expect(eventParams(event('donated', { bagNumber: 'KNP-1', units: 1, product: 'whole_blood' }))).toEqual({
      bag: 'KNP-1',
      count: 1,
    });
  });

  it('leaves out what is missing or of another kind rather than guess', () => {
    expect(eventParams(event('invited', {}))).toEqual({ count: 0, skipped: 0 });
    expect(eventParams(event('cancelled', { reason: 3, told: 'many' }))).toEqual({ reason: '', told: 0 });
    expect(eventParams(event('planned', { anything: true }))).toEqual({});
  });
});

describe('who did it when the event names nobody', () => {
  it('is the donor for their own registration or its cancellation, else the system', () => {
    expect(unnamedActorKey({ type: 'registered' })).toBe('camps.history.byDonor');
    expect(unnamedActorKey({ type: 'registration_cancelled' })).toBe('camps.history.byDonor');
    expect(unnamedActorKey({ type: 'held' })).toBe('camps.history.bySystem');
    expect(unnamedActorKey({ type: 'thanked' })).toBe('camps.history.bySystem');
  });
});
