import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { districtView, stateView } from '../../../shared/contracts/geography.js';
import { getJson, withQuery } from '../../api/client';
import { queryKeys } from '../../api/query-keys';

// Reference data changes with a release, not during a session.
const forever = { staleTime: Infinity, gcTime: Infinity } as const;

export const statesQuery = queryOptions({
  queryKey: queryKeys.states,
  queryFn: ({ signal }) => getJson('/geography/states', z.array(stateView), signal),
  ...forever,
});

/** One state's districts; with no state, every district in the country. */
export const districtsQuery = (state?: string) =>
  queryOptions({
    queryKey: queryKeys.districts(state ?? 'all'),
    queryFn: ({ signal }) => getJson(withQuery('/geography/districts', { state }), z.array(districtView), signal),
    ...forever,
  });

export function useStates() {
  return useQuery(statesQuery);
}

export function useDistricts(state?: string) {
  return useQuery(districtsQuery(state));
}
