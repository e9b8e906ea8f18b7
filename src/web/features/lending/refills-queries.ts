import { useQuery } from '@tanstack/react-query';
import {
  refillOrderList,
  refillOrderView,
  vendorList,
  vendorView,
  type CancelRefillOrderBody,
  type CreateRefillOrderBody,
  type RefillQuery,
  type SettleRefillItemsBody,
  type VendorBody,
} from '../../../shared/contracts/refills.js';
import { getJson, sendJson, withQuery } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import { useLendingMutation, type ListQuery } from './use-lending-mutation';

export function useVendors() {
  return useQuery({
    queryKey: queryKeys.lendingList('vendors', {}),
    queryFn: ({ signal }) => getJson('/refills/vendors', vendorList, signal),
  });
}

export function useRefillOrders(query: ListQuery<RefillQuery>) {
  return useQuery({
    queryKey: queryKeys.lendingList('refills', query),
    queryFn: ({ signal }) => getJson(withQuery('/refills', { ...query }), refillOrderList, signal),
  });
}

export function useCreateVendor() {
  return useLendingMutation((body: VendorBody) => sendJson('POST', '/refills/vendors', body, vendorView));
}

export function useCreateRefillOrder() {
  return useLendingMutation((body: CreateRefillOrderBody) => sendJson('POST', '/refills', body, refillOrderView));
}

const orderUrl = (id: string) => `/refills/${encodeURIComponent(id)}`;

export function useSettleRefill(id: string) {
  return useLendingMutation((body: SettleRefillItemsBody) =>
    sendJson('POST', `${orderUrl(id)}/settle`, body, refillOrderView),
  );
}

export function useCancelRefill(id: string) {
  return useLendingMutation((body: CancelRefillOrderBody) =>
    sendJson('POST', `${orderUrl(id)}/cancel`, body, refillOrderView),
  );
}
