import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { outboundList } from '../../../shared/contracts/channels.js';
import { getJson, sendJson } from '../../api/client';
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

/** Queues a failed message once more; the list (and the case, whose timeline records it) are read again. */
export function useResendOutbound(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (outboxId: string) =>
      sendJson(
        'POST',
        `/cases/${encodeURIComponent(caseId)}/outbound/${encodeURIComponent(outboxId)}/resend`,
        {},
        outboundList,
      ),
    onSuccess: (list) => {
      queryClient.setQueryData(queryKeys.caseOutbound(caseId), list);
      void queryClient.invalidateQueries({ queryKey: queryKeys.caseDetail(caseId) });
    },
  });
}
