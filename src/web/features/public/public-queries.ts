import { useMutation, useQuery } from '@tanstack/react-query';
import {
  altchaChallenge,
  publicRequestCreated,
  publicStatusView,
  type PublicRequestBody,
} from '../../../shared/contracts/public.js';
import { isApiError } from '../../api/api-error';
import { getJson, sendJson, withQuery } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import { solveAltcha } from './altcha';

export type SubmitPhase = 'sending' | 'solving';

const requestsPath = '/public/requests';

/**
 * Sends the citizen's plea. Only when the server says this source is noisy (428 `challenge_required`) does
 * the browser fetch a proof-of-work challenge, solve it, and send again with the solution.
 */
async function submitPublicRequest(body: PublicRequestBody, onPhase: (phase: SubmitPhase) => void) {
  onPhase('sending');
  try {
    return await sendJson('POST', requestsPath, body, publicRequestCreated);
  } catch (error) {
    if (!isApiError(error, 'challenge_required')) throw error;
    onPhase('solving');
    const challenge = await getJson('/public/challenge', altchaChallenge);
    const altcha = await solveAltcha(challenge);
    onPhase('sending');
    return sendJson('POST', requestsPath, { ...body, altcha }, publicRequestCreated);
  }
}

export function usePublicRequest(onPhase: (phase: SubmitPhase) => void) {
  return useMutation({ mutationFn: (body: PublicRequestBody) => submitPublicRequest(body, onPhase) });
}

export function usePublicStatus(reference: string, phoneLast4: string) {
  return useQuery({
    queryKey: queryKeys.publicStatus(reference, phoneLast4),
    queryFn: ({ signal }) =>
      getJson(withQuery(`${requestsPath}/${encodeURIComponent(reference)}`, { phoneLast4 }), publicStatusView, signal),
    enabled: reference !== '' && /^[0-9]{4}$/.test(phoneLast4),
    refetchInterval: 60_000,
  });
}
