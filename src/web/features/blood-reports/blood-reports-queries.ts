import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  bloodFigures,
  bloodPolicyView,
  type BloodFiguresQuery,
  type UpdateBloodPolicyBody,
} from '../../../shared/contracts/blood-reports.js';
import { getJson, sendJson, withQuery } from '../../api/client';
import { queryKeys } from '../../api/query-keys';

export function useBloodFigures(query: BloodFiguresQuery) {
  return useQuery({
    queryKey: queryKeys.bloodFigures(query),
    queryFn: ({ signal }) => getJson(withQuery('/reports/blood', { ...query }), bloodFigures, signal),
    // A new period or organisation keeps the old figures on screen (marked busy) until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

export function useBloodPolicy(organisationId: string) {
  return useQuery({
    queryKey: queryKeys.bloodPolicy(organisationId),
    queryFn: ({ signal }) =>
      getJson(`/organisations/${encodeURIComponent(organisationId)}/blood-policy`, bloodPolicyView, signal),
  });
}

export function useUpdateBloodPolicy(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateBloodPolicyBody) =>
      sendJson('PUT', `/organisations/${encodeURIComponent(organisationId)}/blood-policy`, body, bloodPolicyView),
    onSuccess: (policy) => queryClient.setQueryData(queryKeys.bloodPolicy(organisationId), policy),
  });
}
