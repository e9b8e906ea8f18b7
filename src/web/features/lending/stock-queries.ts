import { useQuery } from '@tanstack/react-query';
import {
  stockSiteDetail,
  stockSiteList,
  stockSiteView,
  type StockEntryBody,
  type StockSiteBody,
} from '../../../shared/contracts/oxygen-stock.js';
import { getJson, sendJson } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import { useLendingMutation } from './use-lending-mutation';

/** Burn rate and hours to empty move with the clock: read again every minute. */
const refetchInterval = 60_000;

export function useStockSites() {
  return useQuery({
    queryKey: queryKeys.lendingList('stock', {}),
    queryFn: ({ signal }) => getJson('/oxygen-stock?limit=200', stockSiteList, signal),
    refetchInterval,
  });
}

export function useStockSite(id: string) {
  return useQuery({
    queryKey: queryKeys.lendingDetail('stock', id),
    queryFn: ({ signal }) => getJson(`/oxygen-stock/${encodeURIComponent(id)}`, stockSiteDetail, signal),
    refetchInterval,
  });
}

export function useCreateStockSite() {
  return useLendingMutation((body: StockSiteBody) => sendJson('POST', '/oxygen-stock', body, stockSiteView));
}

export function useRecordStockEntry(id: string) {
  return useLendingMutation((body: StockEntryBody) =>
    sendJson('POST', `/oxygen-stock/${encodeURIComponent(id)}/entries`, body, stockSiteDetail),
  );
}
