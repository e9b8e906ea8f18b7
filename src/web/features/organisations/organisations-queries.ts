import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  deskPolicyView,
  organisationList,
  organisationView,
  type CreateOrganisationBody,
  type UpdateDeskPolicyBody,
} from '../../../shared/contracts/organisations.js';
import type { OrganisationKind } from '../../../shared/enums.js';
import { getJson, sendJson } from '../../api/client';
import { queryKeys } from '../../api/query-keys';

/** What the form holds: the kind may still be unchosen; the server names every missing field. */
export type OrganisationDraft = Omit<CreateOrganisationBody, 'kind'> & { kind: OrganisationKind | '' };

export function useOrganisations() {
  return useQuery({
    queryKey: queryKeys.organisations,
    queryFn: ({ signal }) => getJson('/organisations', organisationList, signal),
    select: (list) => list.items,
  });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganisationDraft) => sendJson('POST', '/organisations', body, organisationView),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.organisations }),
  });
}

export function useUpdateOrganisation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganisationDraft) =>
      sendJson('PATCH', `/organisations/${encodeURIComponent(id)}`, body, organisationView),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.organisations }),
  });
}

/** Under the organisations key, so a change to the organisations refreshes their policies too. */
const deskPolicyKey = (organisationId: string) => [...queryKeys.organisations, 'desk-policy', organisationId] as const;

export function useDeskPolicy(organisationId: string) {
  return useQuery({
    queryKey: deskPolicyKey(organisationId),
    queryFn: ({ signal }) =>
      getJson(`/organisations/${encodeURIComponent(organisationId)}/desk-policy`, deskPolicyView, signal),
  });
}

export function useUpdateDeskPolicy(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateDeskPolicyBody) =>
      sendJson('PUT', `/organisations/${encodeURIComponent(organisationId)}/desk-policy`, body, deskPolicyView),
    onSuccess: (policy) => queryClient.setQueryData(deskPolicyKey(organisationId), policy),
  });
}
