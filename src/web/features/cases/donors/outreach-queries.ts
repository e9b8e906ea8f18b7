// A blood need's candidates and asks, and what the operator does with them. The keys sit under the case's detail
// key, so the case stream (a donor's answer, a match, a wave that widened: each a case event) refreshes them with
// the case; the asks also poll, since an ask going out or expiring is not always a case event.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { asksView, candidatesView, type AsksView } from '../../../../shared/contracts/outreach.js';
import { getJson, sendJson } from '../../../api/client';
import { queryKeys } from '../../../api/query-keys';
import type { DonorBodyDraft } from '../../donors/donor-draft';

const needPath = (caseId: string, needId: string) =>
  `/cases/${encodeURIComponent(caseId)}/needs/${encodeURIComponent(needId)}`;

const pollMs = 30_000;

export function useNeedCandidates(caseId: string, needId: string) {
  return useQuery({
    queryKey: queryKeys.needCandidates(caseId, needId),
    queryFn: ({ signal }) => getJson(`${needPath(caseId, needId)}/candidates`, candidatesView, signal),
  });
}

export function useNeedAsks(caseId: string, needId: string) {
  return useQuery({
    queryKey: queryKeys.needAsks(caseId, needId),
    queryFn: ({ signal }) => getJson(`${needPath(caseId, needId)}/asks`, asksView, signal),
    refetchInterval: pollMs,
  });
}

/**
 * Every action answers with the need's asks as they now are: shown at once; the candidates (who is asked now moves
 * to the near misses) and the case (its timeline records the action) are read again.
 */
function useOutreachAction<Body>(caseId: string, needId: string, request: (body: Body) => Promise<AsksView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (asks) => {
      queryClient.setQueryData(queryKeys.needAsks(caseId, needId), asks);
      void queryClient.invalidateQueries({ queryKey: queryKeys.needCandidates(caseId, needId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.caseDetail(caseId), exact: true });
    },
  });
}

/** Asks one donor the operator chose, now (or when their contact hours open). */
export function useAskDonor(caseId: string, needId: string) {
  return useOutreachAction(caseId, needId, (donorId: string) =>
    sendJson('POST', `${needPath(caseId, needId)}/asks`, { donorId }, asksView),
  );
}

/** Starts waves: the policy says how many are asked and how the radius widens. */
export function useStartOutreach(caseId: string, needId: string) {
  return useOutreachAction(caseId, needId, () =>
    sendJson('POST', `${needPath(caseId, needId)}/outreach`, {}, asksView),
  );
}

export function useStopOutreach(caseId: string, needId: string) {
  return useOutreachAction(caseId, needId, (note: string | undefined) =>
    sendJson('POST', `${needPath(caseId, needId)}/outreach/stop`, note ? { note } : {}, asksView),
  );
}

/**
 * A donor the family brings: registered (as a family replacement, whatever the body says) and recorded against the
 * need. The body may still lack choices: the server names each missing one at its field.
 */
export function useAddReplacementDonor(caseId: string, needId: string) {
  const queryClient = useQueryClient();
  return useOutreachAction(caseId, needId, async (body: DonorBodyDraft) => {
    const asks = await sendJson('POST', `${needPath(caseId, needId)}/replacement-donors`, body, asksView);
    // A new donor in the registry: its lists are stale.
    void queryClient.invalidateQueries({ queryKey: queryKeys.donorLists });
    return asks;
  });
}
