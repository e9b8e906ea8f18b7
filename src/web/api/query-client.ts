import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { queryKeys } from './query-keys';

/** A request refused because the session ended (expired, signed out elsewhere) signs the UI out too. */
function forgetEndedSession(error: unknown): void {
  if (isApiError(error, 'unauthenticated')) queryClient.setQueryData(queryKeys.session, null);
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: forgetEndedSession }),
  mutationCache: new MutationCache({ onError: forgetEndedSession }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // Client errors (401, 403, 404, 422…) won't change on retry; only retry what may be transient.
      retry: (failureCount, error) =>
        failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
    },
  },
});
