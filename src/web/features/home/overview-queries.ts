import { useQuery } from '@tanstack/react-query';
import { overviewView } from '../../../shared/contracts/overview.js';
import { getJson } from '../../api/client';
import { queryKeys } from '../../api/query-keys';

/** The desk's counts for the home page: open by priority, overdue now, mine, call backs waiting, and by district. */
export function useOverview() {
  return useQuery({
    queryKey: queryKeys.overview,
    queryFn: ({ signal }) => getJson('/overview', overviewView, signal),
    refetchInterval: 60_000,
  });
}
