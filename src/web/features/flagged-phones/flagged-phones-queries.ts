import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { flaggedPhoneView } from '../../../shared/contracts/cases.js';
import { getJson, send } from '../../api/client';
import { queryKeys } from '../../api/query-keys';

const path = '/flagged-phones';

export type FlaggedPhoneView = z.infer<typeof flaggedPhoneView>;

export function useFlaggedPhones() {
  return useQuery({
    queryKey: queryKeys.flaggedPhones,
    queryFn: ({ signal }) => getJson(path, z.object({ items: z.array(flaggedPhoneView) }), signal),
  });
}

/** Flagging or unflagging changes warnings on cases too. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.flaggedPhones });
    void queryClient.invalidateQueries({ queryKey: queryKeys.cases });
  };
}

export function useFlagPhone() {
  const invalidate = useInvalidate();
  return useMutation({
    // The answer's body is not needed: the list is fetched again.
    mutationFn: (body: { phone: string; reason: string }) => send('POST', path, body),
    onSuccess: invalidate,
  });
}

export function useUnflagPhone() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (phone: string) => send('DELETE', `${path}/${encodeURIComponent(phone)}`),
    onSuccess: invalidate,
  });
}
