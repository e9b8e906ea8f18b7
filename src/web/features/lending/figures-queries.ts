import { useQuery } from '@tanstack/react-query';
import { lendingFiguresView, type LendingFiguresQuery } from '../../../shared/contracts/lending-figures.js';
import { getJson, withQuery } from '../../api/client';
import { queryKeys } from '../../api/query-keys';

export function useLendingFigures(query: LendingFiguresQuery) {
  return useQuery({
    queryKey: queryKeys.lendingList('figures', query),
    queryFn: ({ signal }) => getJson(withQuery('/lending/figures', { ...query }), lendingFiguresView, signal),
  });
}
