import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/permissions.js';
import { lendingOrganisationFor } from './lending-organisation.js';

const orgA = '00000000-0000-4000-8000-00000000000a';
const orgB = '00000000-0000-4000-8000-00000000000b';
const operatorOf = (organisationId: string, districts: string[]): Actor => ({
  userId: '00000000-0000-4000-8000-000000000001',
  memberships: [{ id: 'm1', role: 'operator', organisationId, districts }],
});
const kase = (organisationId: string | null, referred: string[] = []) => ({
  organisationId,
  referredOrganisationIds: referred,
  districtCode: 'KNP',
});

describe('lendingOrganisationFor', () => {
  it("lends for the case's organisation when the actor works it", () => {
    expect(lendingOrganisationFor(operatorOf(orgA, ['KNP']), kase(orgA))).toBe(orgA);
  });

  it("a public plea (no organisation) is lent for by the actor's own organisation in its district", () => {
    expect(lendingOrganisationFor(operatorOf(orgB, ['KNP']), kase(null))).toBe(orgB);
  });

  it("a case referred to the actor's organisation is lent for by it", () => {
    expect(lendingOrganisationFor(operatorOf(orgB, ['KNP']), kase(orgA, [orgB]))).toBe(orgB);
  });

  it('none when the actor does not serve the district', () => {
    expect(lendingOrganisationFor(operatorOf(orgB, ['PRY']), kase(null))).toBeNull();
  });
});
