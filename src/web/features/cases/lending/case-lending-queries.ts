// The case's lending panel (issue #13): under the case's detail key, so the case stream (a loan recorded on the
// timeline, an escalation) refreshes it with the case.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  gateView,
  lendingPanel,
  loanDetail,
  type GateBody,
  type LendBody,
} from '../../../../shared/contracts/loans.js';
import { getJson, sendJson } from '../../../api/client';
import { queryKeys } from '../../../api/query-keys';

const caseUrl = (caseId: string) => `/cases/${encodeURIComponent(caseId)}`;

export function useCaseLending(caseId: string) {
  return useQuery({
    queryKey: queryKeys.caseLending(caseId),
    queryFn: ({ signal }) => getJson(`${caseUrl(caseId)}/lending`, lendingPanel, signal),
  });
}

/** Checks the gate: nothing is lent, but a reading below 90 escalates the case, so the case is read again. */
export function useCheckGate(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GateBody) => sendJson('POST', `${caseUrl(caseId)}/gate`, body, gateView),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.caseDetail(caseId) }),
  });
}

export function useLend(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LendBody) => sendJson('POST', '/loans', body, loanDetail),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.caseDetail(caseId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.lending });
    },
    // Someone else may have taken the item: the panel's stock is stale either way.
    onError: () => void queryClient.invalidateQueries({ queryKey: queryKeys.caseLending(caseId) }),
  });
}
