import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { simulatorLog, type SimulatorSendBody } from '../../../shared/contracts/channels.js';
import { getJson, sendJson, withQuery } from '../../api/client';
import { queryKeys } from '../../api/query-keys';

/** What the citizen's side of the thread sent, and what the app sent back; polled each second for a demo. */
export function useSimulatorLog(from: string) {
  return useQuery({
    queryKey: queryKeys.simulatorLog(from),
    queryFn: ({ signal }) => getJson(withQuery('/simulator/log', { from, limit: 100 }), simulatorLog, signal),
    refetchInterval: from === '' ? false : 1_000,
    staleTime: 0,
  });
}

/** Accepted for sending; `ok` says whether the app's webhook took it (`status` is what the webhook answered). */
const sendResult = z.object({ ok: z.boolean(), status: z.number().optional() });

export function useSimulatorSend() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SimulatorSendBody) => sendJson('POST', '/simulator/messages', body, sendResult),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.simulator }),
  });
}
