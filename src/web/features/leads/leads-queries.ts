import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { leadList, leadView } from '../../../shared/contracts/channels.js';
import type { LeadKind, LeadStatus } from '../../../shared/enums.js';
import { getJson, sendJson, withQuery } from '../../api/client';
import { queryKeys } from '../../api/query-keys';

export interface LeadFilters {
  status: LeadStatus;
  /** Empty for every kind. */
  kind: LeadKind | '';
}

export interface ReviewBody {
  status: 'verified' | 'rejected';
  note?: string;
}

const path = '/leads';

export function useLeads(filters: LeadFilters) {
  return useQuery({
    queryKey: queryKeys.leadList(filters),
    queryFn: ({ signal }) => getJson(withQuery(path, { ...filters }), leadList, signal),
    select: (list) => list.items,
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

export function useReviewLead(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReviewBody) => sendJson('POST', `${path}/${encodeURIComponent(id)}/review`, body, leadView),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.leads }),
  });
}
