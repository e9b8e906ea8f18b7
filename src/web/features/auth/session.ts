import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { sessionView, type SessionView, type SignInBody } from '../../../shared/contracts/auth.js';
import { isApiError } from '../../api/api-error';
import { getJson, send, sendJson } from '../../api/client';
import { queryClient as appQueryClient } from '../../api/query-client';
import { queryKeys } from '../../api/query-keys';
import { isPublicPath } from '../../i18n';
import { signInPath } from './safe-next-path';

/**
 * Whether someone signed in on this device and has not signed out since: kept beside the session (whose cookie the
 * page cannot read), so the public pages know not to ask the server who is signed in when nobody is.
 */
const signedInKey = 'sahayata.signedIn';

function signedInOnThisDevice(): boolean {
  return localStorage.getItem(signedInKey) !== null;
}

// Follows every change of the cached session: a sign-in, a sign-out, a session found to have ended (query-client.ts).
appQueryClient.getQueryCache().subscribe((event) => {
  if (event.query.queryKey[0] !== queryKeys.session[0]) return;
  const session = event.query.state.data as SessionView | null | undefined;
  if (session) localStorage.setItem(signedInKey, '1');
  else if (session === null) localStorage.removeItem(signedInKey);
});

/**
 * Pages anyone may open (asking for help, checking a request, signing in) ask who is signed in only when someone
 * has signed in on this device; signed out, they make no request that can only answer 401. Every other page asks.
 */
export function asksForSession(pathname: string, signedInHere: boolean): boolean {
  return signedInHere || !(isPublicPath(pathname) || pathname === signInPath);
}

async function fetchSession(signal: AbortSignal): Promise<SessionView | null> {
  try {
    return await getJson('/auth/session', sessionView, signal);
  } catch (error) {
    // Not signed in is an answer, not a failure.
    if (isApiError(error, 'unauthenticated')) return null;
    throw error;
  }
}

export interface SessionState {
  /** `null` when nobody is signed in; `undefined` while we don't know yet. */
  data: SessionView | null | undefined;
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  refetch: () => Promise<unknown>;
}

/** The signed-in person, `null` when nobody is signed in (on a public page, without asking when nobody signed in). */
export function useSession(): SessionState {
  const { pathname } = useLocation();
  const ask = asksForSession(pathname, signedInOnThisDevice());
  const query = useQuery({
    queryKey: queryKeys.session,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 5 * 60_000,
    enabled: ask,
  });
  if (ask) return query;
  return { data: query.data ?? null, isPending: false, isError: false, error: null, refetch: query.refetch };
}

/** Whatever was cached for the previous person must never be shown to the next one. */
export function replaceSession(queryClient: QueryClient, session: SessionView | null): void {
  queryClient.setQueryData(queryKeys.session, session);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] });
}

/**
 * When this tab last signed out. The move to the sign-in page renders as a transition, so the page being left may
 * still render once with the session gone: it must not send the person to sign in "and back" to itself, and the
 * sign-in page must not send them on while the old session is still cached.
 */
let signedOutAt = 0;

export function isSigningOut(): boolean {
  return Date.now() - signedOutAt < 10_000;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInBody) => sendJson('POST', '/auth/sign-in', body, sessionView),
    onSuccess: (session) => {
      signedOutAt = 0;
      replaceSession(queryClient, session);
    },
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
      signedOutAt = Date.now();
      leave();
      replaceSession(queryClient, null);
    },
  });
}
