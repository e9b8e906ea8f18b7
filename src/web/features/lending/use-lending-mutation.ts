import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/query-keys';

/**
 * A lending change: a movement, a loan's step or a refill touches items, depots, loans and figures at once, so every
 * lending screen (and the cases, whose timelines and panels record loans) is read again.
 */
export function useLendingMutation<Body, Result>(request: (body: Body) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.lending });
      void queryClient.invalidateQueries({ queryKey: queryKeys.cases });
    },
  });
}

/** A list's query as the screens build it: the contracts' coerced page numbers are plain numbers here. */
export type ListQuery<Query> = Omit<Query, 'limit' | 'offset'> & { limit?: number; offset?: number };
