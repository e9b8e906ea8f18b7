import { describe, expect, it } from 'vitest';
import {
  canManageChannels,
  canWorkOrganisationDesk,
  channelOrganisations,
  deskOrganisations,
} from './channel-permissions.js';
import type { Actor } from './permissions.js';
import type { Role } from './enums.js';

const actor = (...memberships: [Role, string | null][]): Actor => ({
  userId: 'u',
  memberships: memberships.map(([role, organisationId], i) => ({ id: `m${i}`, role, organisationId, districts: [] })),
});

describe('channel permissions', () => {
  it('admins manage every organisation’s channels; coordinators only their own; nobody else any', () => {
    expect(channelOrganisations(actor(['admin', null]))).toBeNull();
    expect(canManageChannels(actor(['admin', null]), 'org-x')).toBe(true);
    expect(channelOrganisations(actor(['coordinator', 'org-a'], ['operator', 'org-b']))).toEqual(['org-a']);
    expect(canManageChannels(actor(['coordinator', 'org-a']), 'org-b')).toBe(false);
    for (const role of ['operator', 'volunteer', 'viewer'] as const) {
      expect(channelOrganisations(actor([role, 'org-a']))).toEqual([]);
      expect(canManageChannels(actor([role, 'org-a']), 'org-a')).toBe(false);
    }
  });

  it('operators and coordinators work their organisation’s missed calls and leads; volunteers and viewers do not', () => {
    expect(deskOrganisations(actor(['admin', null]))).toBeNull();
    expect(deskOrganisations(actor(['operator', 'org-a'], ['coordinator', 'org-b'], ['viewer', 'org-c']))).toEqual([
      'org-a',
      'org-b',
    ]);
    expect(canWorkOrganisationDesk(actor(['operator', 'org-a']), 'org-b')).toBe(false);
    expect(canWorkOrganisationDesk(actor(['volunteer', 'org-a']), 'org-a')).toBe(false);
    expect(canWorkOrganisationDesk(actor(['viewer', 'org-a']), 'org-a')).toBe(false);
  });
});
