import { useQuery } from '@tanstack/react-query';
import { outboundList } from '../../../shared/contracts/channels.js';
import { getJson } from '../../api/client';
import { queryKeys } from '../../api/query-keys';

/** What the app sent the person who asked; delivery reports move states without a case event, so poll too. */
export function useCaseOutbound(caseId: string) {
  return useQuery({
    queryKey: queryKeys.caseOutbound(caseId),
    queryFn: ({ signal }) => getJson(`/cases/${encodeURIComponent(caseId)}/outbound`, outboundList, signal),
    select: (list) => list.items,
    refetchInterval: 30_000,
  });
}
