import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { leadList, leadView, type LeadView } from '../../../shared/contracts/channels.js';
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

export function useLeads(filters: LeadFilters, options: { enabled?: boolean } = {}) {
  return useQuery({
    enabled: options.enabled ?? true,
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

/**
 * Shows a lead's number to this person (recorded); the answer is the lead as they now see it, put straight into
 * every list that holds it.
 */
export function useRevealLead(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => sendJson('POST', `${path}/${encodeURIComponent(id)}/reveal-contact`, {}, leadView),
    onSuccess: (lead: LeadView) => {
      queryClient.setQueriesData<{ items: LeadView[] }>({ queryKey: queryKeys.leads }, (list) =>
        list ? { items: list.items.map((item) => (item.id === lead.id ? lead : item)) } : list,
      );
    },
  });
}
