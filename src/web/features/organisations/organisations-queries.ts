import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  organisationList,
  organisationView,
  type CreateOrganisationBody,
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
