import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { jobsOverview, type JobState } from '../../../shared/contracts/jobs.js';
import { getJson, withQuery } from '../../api/client';
import { queryKeys } from '../../api/query-keys';

export interface JobFilters {
  state: JobState | '';
}

/** Refreshed every few seconds while the page is open: jobs move on their own. */
export function useJobs(filters: JobFilters) {
  return useQuery({
    queryKey: queryKeys.jobs(filters),
    queryFn: ({ signal }) =>
      getJson(withQuery('/jobs', { state: filters.state || undefined, limit: 100 }), jobsOverview, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 5_000,
  });
}
