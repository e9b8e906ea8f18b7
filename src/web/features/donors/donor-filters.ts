// The donor list's filters as they live in the address bar: shareable, reloadable, back-button friendly.
import type { DonorQuery } from '../../../shared/contracts/donors.js';
import {
  aboRhGroups,
  donorCategories,
  donorProducts,
  type AboRhGroup,
  type DonorCategory,
  type DonorProduct,
} from '../../../shared/enums.js';

export interface DonorFilters {
  district: string;
  /** A group, 'unknown' for donors who do not know theirs, or '' for any. */
  bloodGroup: AboRhGroup | 'unknown' | '';
  product: DonorProduct | '';
  verified: 'true' | 'false' | '';
  /** Eligible today (for `product` when one is chosen). */
  eligibleNow: boolean;
  category: DonorCategory | '';
  /** Part of a name, or the last digits of a phone. */
  q: string;
  offset: number;
}

export const defaultDonorFilters: DonorFilters = {
  district: '',
  bloodGroup: '',
  product: '',
  verified: '',
  eligibleNow: false,
  category: '',
  q: '',
  offset: 0,
};

export const donorPageSize = 50;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : '';

/** Reads the address; anything unknown (an old link, a typo) falls back to the default rather than failing. */
export function parseDonorFilters(params: URLSearchParams): DonorFilters {
  const district = params.get('district') ?? '';
  const offset = Number(params.get('offset'));
  return {
    district: /^[A-Z0-9-]{2,16}$/.test(district) ? district : '',
    bloodGroup: oneOf([...aboRhGroups, 'unknown'] as const, params.get('bloodGroup')),
    product: oneOf(donorProducts, params.get('product')),
    verified: oneOf(['true', 'false'] as const, params.get('verified')),
    eligibleNow: params.get('eligibleNow') === 'true',
    category: oneOf(donorCategories, params.get('category')),
    q: (params.get('q') ?? '').trim().slice(0, 100),
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

/** Writes only what differs from the defaults, so the plain list has a plain address. */
export function donorSearchParams(filters: DonorFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(defaultDonorFilters) as (keyof DonorFilters)[]) {
    const value = filters[key];
    if (value !== defaultDonorFilters[key]) params.set(key, String(value));
  }
  return params;
}

/** The list's query as the page sends it: `donorQuery` with the page always given. */
export type DonorListQuery = Omit<DonorQuery, 'limit' | 'offset'> & { limit: number; offset: number };

/** The API query for these filters. */
export function donorQueryFor(filters: DonorFilters): DonorListQuery {
  const query: DonorListQuery = { limit: donorPageSize, offset: filters.offset };
  if (filters.district !== '') query.district = filters.district;
  if (filters.bloodGroup !== '') query.bloodGroup = filters.bloodGroup;
  if (filters.product !== '') query.product = filters.product;
  if (filters.verified !== '') query.verified = filters.verified;
  if (filters.eligibleNow) query.eligibleNow = 'true';
  if (filters.category !== '') query.category = filters.category;
  if (filters.q !== '') query.q = filters.q;
  return query;
}

/** How many choices narrow the list (the search box aside): shown on the button that unfolds them on a phone. */
export function activeChoices(filters: DonorFilters): number {
  return (
    [filters.district, filters.bloodGroup, filters.product, filters.verified, filters.category].filter(
      (value) => value !== '',
    ).length + (filters.eligibleNow ? 1 : 0)
  );
}
