import { describe, expect, it } from 'vitest';
import { planCampBody, updateCampBody } from '../../../shared/contracts/camps.js';
import { emptyCampDraft, planBodyOf, updateBodyOf, type CampDraft } from './camp-draft';

const organisationId = '0b6a5f0e-3c55-4a5b-9d7e-1f2a3b4c5d6e';

function filled(): CampDraft {
  return {
    ...emptyCampDraft('', 'UP-KANPUR-NAGAR'),
    title: 'रक्तदान शिविर, पुलिस लाइन्स',
    venue: 'Police Lines, Kanpur',
    venueAddress: '  ',
    locality: 'Civil Lines',
    pincode: '208001',
    startsAt: '2026-12-20T10:00',
    endsAt: '2026-12-20T16:00',
    partnerCentre: 'Hallet Hospital (LLR) Blood Centre',
    targetUnits: '120',
    coOrganisers: 'Rotary Club Kanpur\n\n  Kanpur Police  \n',
  };
}

describe('the camp form as the API wants it', () => {
  it('sends the hours typed on the Kolkata clock as instants, the lists trimmed, Devanagari as typed', () => {
    const body = planBodyOf(filled());
    expect(body).toMatchObject({
      title: 'रक्तदान शिविर, पुलिस लाइन्स',
      district: 'UP-KANPUR-NAGAR',
      startsAt: '2026-12-20T04:30:00.000Z',
      endsAt: '2026-12-20T10:30:00.000Z',
      venueAddress: null,
      slotMinutes: 30,
      slotCapacity: 10,
      targetUnits: 120,
      coOrganisers: ['Rotary Club Kanpur', 'Kanpur Police'],
    });
    expect(body).not.toHaveProperty('organisationId');
    expect(planCampBody.safeParse(body).success).toBe(true);
  });

  it('names the organisation when one was chosen', () => {
    expect(planBodyOf({ ...filled(), organisationId }).organisationId).toBe(organisationId);
  });

  it('leaves bad boxes for the server to name: hours ending before they start, an empty target', () => {
    const fieldsOf = (draft: CampDraft) =>
      planCampBody.safeParse(planBodyOf(draft)).error?.issues.map((issue) => issue.path.join('.'));
    expect(fieldsOf({ ...filled(), endsAt: '2026-12-20T09:00' })).toEqual(['endsAt']);
    expect(fieldsOf({ ...filled(), targetUnits: '' })).toEqual(['targetUnits']);
    expect(fieldsOf({ ...filled(), startsAt: '' })).toContain('startsAt');
  });

  it('sends only what changed on an edit', () => {
    const before = filled();
    expect(updateBodyOf(before, before)).toEqual({});
    const body = updateBodyOf({ ...before, venue: 'Reserve Police Lines', endsAt: '2026-12-20T17:00' }, before);
    expect(body).toEqual({ venue: 'Reserve Police Lines', endsAt: '2026-12-20T11:30:00.000Z' });
    expect(updateCampBody.safeParse(body).success).toBe(true);
  });
});
