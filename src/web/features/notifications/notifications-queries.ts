import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { notificationView } from '../../../shared/contracts/cases.js';
import { getJson, send } from '../../api/client';
import { queryKeys } from '../../api/query-keys';

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.notifications,
    queryFn: ({ signal }) => getJson('/notifications', z.object({ items: z.array(notificationView) }), signal),
    enabled,
    refetchInterval: 60_000,
    // A bell that fails to load says nothing rather than an error in the header.
    retry: false,
  });
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => send('POST', `/notifications/${encodeURIComponent(id)}/read`),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.notifications }),
  });
}
