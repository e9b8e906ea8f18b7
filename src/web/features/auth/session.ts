import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { sessionView, type SessionView, type SignInBody } from '../../../shared/contracts/auth.js';
import { isApiError } from '../../api/api-error';
import { getJson, send, sendJson } from '../../api/client';
import { queryKeys } from '../../api/query-keys';

async function fetchSession(signal: AbortSignal): Promise<SessionView | null> {
  try {
    return await getJson('/auth/session', sessionView, signal);
  } catch (error) {
    // Not signed in is an answer, not a failure.
    if (isApiError(error, 'unauthenticated')) return null;
    throw error;
  }
}

/** The signed-in person, `null` when nobody is signed in. */
export function useSession() {
  return useQuery({
    queryKey: queryKeys.session,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 5 * 60_000,
  });
}

/** Whatever was cached for the previous person must never be shown to the next one. */
export function replaceSession(queryClient: QueryClient, session: SessionView | null): void {
  queryClient.setQueryData(queryKeys.session, session);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInBody) => sendJson('POST', '/auth/sign-in', body, sessionView),
    onSuccess: (session) => replaceSession(queryClient, session),
  });
}

/**
 * `leave` takes the person off the signed-in pages first: were the session cleared while they are still on one,
 * its guard would send them to sign-in with a `next` back to a page they just left.
 */
export function useSignOut(leave: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => send('POST', '/auth/sign-out'),
    onSuccess: () => {
      leave();
      replaceSession(queryClient, null);
    },
  });
}
