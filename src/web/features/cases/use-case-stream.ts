import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { queryKeys } from '../../api/query-keys';

export type StreamState = 'connecting' | 'live' | 'reconnecting';

const streamUrl = '/api/v1/cases/stream';
/** Changes come in bursts (a bulk close, a merge): refetch once per burst, not once per event. */
const settleMs = 250;

/**
 * Listens to the server's stream of case changes (server-sent events) and marks the cached queue and
 * case pages stale, so what is on screen refetches by itself. EventSource reconnects on its own.
 */
export function useCaseStream(): StreamState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<StreamState>('connecting');

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(streamUrl, { withCredentials: true });
    const changed = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let hasOpened = false;

    const flush = () => {
      timer = undefined;
      void queryClient.invalidateQueries({ queryKey: queryKeys.caseLists });
      void queryClient.invalidateQueries({ queryKey: ['cases', 'similar'] });
      for (const id of changed) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.caseDetail(id) });
        // A change someone else made may have queued a message to the requester.
        void queryClient.invalidateQueries({ queryKey: queryKeys.caseOutbound(id) });
      }
      changed.clear();
    };
    const onCase = (event: MessageEvent<string>) => {
      try {
        const data: unknown = JSON.parse(event.data);
        if (typeof data === 'object' && data !== null && 'id' in data && typeof data.id === 'string') {
          changed.add(data.id);
        }
      } catch {
        // A malformed event still says "something changed".
      }
      timer ??= setTimeout(flush, settleMs);
    };

    source.addEventListener('case', onCase);
    source.addEventListener('open', () => {
      setState('live');
      // After a reconnection: whatever changed while we were away is not coming as events, so catch up once.
      if (hasOpened) void queryClient.invalidateQueries({ queryKey: queryKeys.caseLists });
      hasOpened = true;
    });
    source.addEventListener('error', () => setState('reconnecting'));
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [queryClient]);

  return state;
}
