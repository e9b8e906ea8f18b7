import { useQuery } from '@tanstack/react-query';
import {
  depotDetail,
  depotList,
  depotView,
  type CreateDepotBody,
  type DepotQuery,
} from '../../../shared/contracts/depots.js';
import { getJson, sendJson, withQuery } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import { useLendingMutation, type ListQuery } from './use-lending-mutation';

export function useDepots(query: ListQuery<DepotQuery> = {}) {
  return useQuery({
    queryKey: queryKeys.lendingList('depots', query),
    queryFn: ({ signal }) => getJson(withQuery('/depots', { limit: 200, ...query }), depotList, signal),
  });
}

export function useDepot(id: string) {
  return useQuery({
    queryKey: queryKeys.lendingDetail('depots', id),
    queryFn: ({ signal }) => getJson(`/depots/${encodeURIComponent(id)}`, depotDetail, signal),
    enabled: id !== '',
  });
}

export function useCreateDepot() {
  return useLendingMutation((body: CreateDepotBody) => sendJson('POST', '/depots', body, depotView));
}
