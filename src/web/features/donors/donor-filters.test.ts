import { describe, expect, it } from 'vitest';
import {
  activeChoices,
  defaultDonorFilters,
  donorQueryFor,
  donorSearchParams,
  parseDonorFilters,
  type DonorFilters,
} from './donor-filters';

describe('donor filters in the address', () => {
  it('round-trips every filter, a group with its plus sign too', () => {
    const filters: DonorFilters = {
      district: 'UP-KANPUR-NAGAR',
      bloodGroup: 'B+',
      product: 'platelets',
      verified: 'true',
      eligibleNow: true,
      category: 'police',
      q: '2345',
      offset: 50,
    };
    const address = donorSearchParams(filters).toString();
    expect(address).toContain('bloodGroup=B%2B');
    expect(parseDonorFilters(new URLSearchParams(address))).toEqual(filters);
  });

  it('keeps the plain list plain', () => {
    expect(donorSearchParams(defaultDonorFilters).toString()).toBe('');
  });

  it('falls back to the defaults for anything unknown', () => {
    const params = new URLSearchParams({
      district: 'kanpur; drop',
      bloodGroup: 'C+',
      product: 'red_cells',
      verified: 'maybe',
      eligibleNow: 'yes',
      category: 'army',
      offset: '-5',
    });
    expect(parseDonorFilters(params)).toEqual(defaultDonorFilters);
  });

  it('finds donors who do not know their group', () => {
    expect(parseDonorFilters(new URLSearchParams('bloodGroup=unknown')).bloodGroup).toBe('unknown');
  });
});

describe('donorQueryFor', () => {
  it('asks only for what narrows the list', () => {
    expect(donorQueryFor(defaultDonorFilters)).toEqual({ limit: 50, offset: 0 });
    expect(
      donorQueryFor({ ...defaultDonorFilters, bloodGroup: 'O-', eligibleNow: true, verified: 'false', q: 'सीमा' }),
    ).toEqual({ limit: 50, offset: 0, bloodGroup: 'O-', eligibleNow: 'true', verified: 'false', q: 'सीमा' });
  });
});

describe('activeChoices', () => {
  it('counts the choices but not the search', () => {
    expect(activeChoices(defaultDonorFilters)).toBe(0);
    expect(activeChoices({ ...defaultDonorFilters, q: 'राम', product: 'plasma', eligibleNow: true })).toBe(2);
  });
});
