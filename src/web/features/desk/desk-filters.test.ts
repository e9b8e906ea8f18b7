import { describe, expect, it } from 'vitest';
import { caseQueryFor, defaultFilters, deskSearchParams, parseDeskFilters } from './desk-filters';

describe('desk filters in the address', () => {
  it('reads an empty address as the open queue', () => {
    expect(parseDeskFilters(new URLSearchParams())).toEqual(defaultFilters);
  });

  it('round-trips every filter', () => {
    const filters = {
      district: 'UP-KANPUR-NAGAR',
      status: 'verified',
      priority: 'critical',
      need: 'oxygen_cylinder',
      channel: 'whatsapp',
      assignee: 'me',
      overdue: true,
      q: 'Sharma',
      offset: 50,
    } as const;
    expect(parseDeskFilters(deskSearchParams(filters))).toEqual(filters);
  });

  it('writes nothing for the defaults', () => {
    expect(deskSearchParams(defaultFilters).toString()).toBe('');
  });

  it('drops values it does not know instead of sending them to the server', () => {
    const filters = parseDeskFilters(
      new URLSearchParams('status=lost&priority=urgent&need=gold&assignee=bob&district=kanpur&offset=-3'),
    );
    expect(filters).toEqual(defaultFilters);
  });

  it('keeps a person id as the assignee', () => {
    const id = '0b3f6c1e-8a51-4c5e-9d7a-2f0e4b7c9a11';
    expect(parseDeskFilters(new URLSearchParams(`assignee=${id}`)).assignee).toBe(id);
  });

  it('asks the API only for what is set', () => {
    expect(caseQueryFor({ ...defaultFilters, priority: 'high', overdue: true })).toEqual({
      status: 'open',
      priority: 'high',
      overdue: 'true',
      limit: 50,
      offset: 0,
    });
  });
});
