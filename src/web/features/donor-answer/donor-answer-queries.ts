import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { donorAskPublicView, type DonorAnswerBody } from '../../../shared/contracts/outreach.js';
import { getJson, sendJson } from '../../api/client';

const askPath = (token: string) => `/public/donor-answers/${encodeURIComponent(token)}`;
const askKey = (token: string) => ['donor-answer', token] as const;

export function useDonorAsk(token: string) {
  return useQuery({
    queryKey: askKey(token),
    queryFn: ({ signal }) => getJson(askPath(token), donorAskPublicView, signal),
    // A bad link stays bad: asking again cannot help.
    retry: false,
  });
}

/** The donor's YES or NO; the answer is what now stands (the first answer, if they had answered before). */
export function useDonorAnswer(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DonorAnswerBody) => sendJson('POST', askPath(token), body, donorAskPublicView),
    onSuccess: (view) => queryClient.setQueryData(askKey(token), view),
  });
}
