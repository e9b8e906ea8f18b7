import { useQuery } from '@tanstack/react-query';
import {
  itemDetail,
  itemList,
  itemView,
  labelSheet,
  type ItemMovementBody,
  type ItemQuery,
  type ReceiveItemsBody,
} from '../../../shared/contracts/equipment.js';
import { z } from 'zod';
import { getJson, sendJson, withQuery } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import { useLendingMutation, type ListQuery } from './use-lending-mutation';

const base = '/equipment';
const received = z.object({ items: z.array(itemView) });

export function useItems(query: ListQuery<ItemQuery>) {
  return useQuery({
    queryKey: queryKeys.lendingList('equipment', query),
    queryFn: ({ signal }) => getJson(withQuery(base, { ...query }), itemList, signal),
  });
}

export function useItem(id: string) {
  return useQuery({
    queryKey: queryKeys.lendingDetail('equipment', id),
    queryFn: ({ signal }) => getJson(`${base}/${encodeURIComponent(id)}`, itemDetail, signal),
  });
}

/** A label scanned on a phone: the item it names (404 outside one's scope, like any record). */
export function useScannedItem(token: string) {
  return useQuery({
    queryKey: queryKeys.lendingDetail('scan', token),
    queryFn: ({ signal }) => getJson(`${base}/scan/${encodeURIComponent(token)}`, itemDetail, signal),
    retry: false,
  });
}

export function useLabelSheet(query: { depotId?: string | undefined; ids?: string | undefined }) {
  return useQuery({
    queryKey: queryKeys.lendingList('labels', query),
    queryFn: ({ signal }) => getJson(withQuery(`${base}/labels`, query), labelSheet, signal),
    enabled: Boolean(query.depotId ?? query.ids),
  });
}

export function useReceiveItems() {
  return useLendingMutation((body: ReceiveItemsBody) => sendJson('POST', base, body, received));
}

export function useRecordMovement(id: string) {
  return useLendingMutation((body: ItemMovementBody) =>
    sendJson('POST', `${base}/${encodeURIComponent(id)}/movements`, body, itemDetail),
  );
}
