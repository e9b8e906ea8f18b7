import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditList } from '../../../shared/contracts/audit.js';
import { getJson, withQuery } from '../../api/client';
import { queryKeys, type PageParams } from '../../api/query-keys';

export function useAuditEvents(page: PageParams) {
  return useQuery({
    queryKey: queryKeys.audit(page),
    queryFn: ({ signal }) => getJson(withQuery('/audit-events', { ...page }), auditList, signal),
    placeholderData: keepPreviousData,
  });
}
