import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callbackList, callbackView, type CallbackView } from '../../../shared/contracts/channels.js';
import type { CallbackOutcome } from '../../../shared/enums.js';
import { getJson, sendJson, withQuery } from '../../api/client';
import { queryKeys } from '../../api/query-keys';

export type CallbackListStatus = 'open' | 'done';

const path = '/callbacks';
const callbackPath = (id: string) => `${path}/${encodeURIComponent(id)}`;

export function useCallbacks(status: CallbackListStatus) {
  return useQuery({
    queryKey: queryKeys.callbackList(status),
    queryFn: ({ signal }) => getJson(withQuery(path, { status }), callbackList, signal),
    // Missed calls keep coming and colleagues claim them: keep the list close to live.
    refetchInterval: 10_000,
    select: (list) =>
      status === 'open'
        ? [...list.items].sort((a, b) => Date.parse(a.firstCallAt) - Date.parse(b.firstCallAt))
        : list.items,
  });
}

/** Every action answers with the callback as it now is; the lists catch up either way (a 409 means it moved). */
function useCallbackAction<Body>(request: (body: Body) => Promise<CallbackView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    // The answer is the callback as this person now sees it (after "I'm calling", with the number): show it at once.
    onSuccess: (callback) =>
      queryClient.setQueriesData<{ items: CallbackView[] }>({ queryKey: queryKeys.callbacks }, (list) =>
        list ? { items: list.items.map((item) => (item.id === callback.id ? callback : item)) } : list,
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.callbacks }),
  });
}

export const useClaimCallback = (id: string) =>
  useCallbackAction<void>(() => sendJson('POST', `${callbackPath(id)}/claim`, undefined, callbackView));

export const useReleaseCallback = (id: string) =>
  useCallbackAction<void>(() => sendJson('POST', `${callbackPath(id)}/release`, undefined, callbackView));

export const useCompleteCallback = (id: string) =>
  useCallbackAction((body: { outcome: CallbackOutcome; caseId?: string }) =>
    sendJson('POST', `${callbackPath(id)}/complete`, body, callbackView),
  );
