import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  channelAccountList,
  channelAccountView,
  type CreateChannelAccountBody,
  type UpdateChannelAccountBody,
} from '../../../shared/contracts/channels.js';
import { getJson, sendJson, withQuery } from '../../api/client';
import { queryKeys } from '../../api/query-keys';

const path = '/channel-accounts';

export function useChannelAccounts(organisationId: string) {
  return useQuery({
    queryKey: queryKeys.channelAccountList(organisationId),
    queryFn: ({ signal }) => getJson(withQuery(path, { organisationId }), channelAccountList, signal),
    select: (list) => list.items,
    enabled: organisationId !== '',
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.channelAccounts });
}

export function useCreateChannelAccount() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CreateChannelAccountBody) => sendJson('POST', path, body, channelAccountView),
    onSuccess: invalidate,
  });
}

export function useUpdateChannelAccount(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: UpdateChannelAccountBody) =>
      sendJson('PATCH', `${path}/${encodeURIComponent(id)}`, body, channelAccountView),
    onSuccess: invalidate,
  });
}
