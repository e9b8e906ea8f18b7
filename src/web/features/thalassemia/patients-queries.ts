import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  rosterCandidateList,
  rosterView,
  transfusionPatientDetail,
  transfusionPatientList,
  type AddRosterMemberBody,
  type ChangeTransfusionPatientStateBody,
  type CreateTransfusionPatientBody,
  type TransfusionPatientDetail,
  type UpdateTransfusionPatientBody,
} from '../../../shared/contracts/transfusion-patients.js';
import { getJson, sendJson, withQuery } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import { thalassemiaKeys } from '../../api/thalassemia-keys';

const patientsPath = '/transfusion-patients';
export const patientUrl = (id: string) => `${patientsPath}/${encodeURIComponent(id)}`;

/** The list's query as the screen builds it. */
export interface ChildListQuery {
  limit: number;
  offset: number;
  q?: string;
  district?: string;
  state?: 'active' | 'paused' | 'ended';
}

export function useChildren(query: ChildListQuery) {
  return useQuery({
    queryKey: thalassemiaKeys.childList(query),
    queryFn: ({ signal }) => getJson(withQuery(patientsPath, { ...query }), transfusionPatientList, signal),
    placeholderData: keepPreviousData,
  });
}

export function useChild(id: string) {
  return useQuery({
    queryKey: thalassemiaKeys.child(id),
    queryFn: ({ signal }) => getJson(patientUrl(id), transfusionPatientDetail, signal),
  });
}

export function useRoster(id: string) {
  return useQuery({
    queryKey: thalassemiaKeys.roster(id),
    queryFn: ({ signal }) => getJson(`${patientUrl(id)}/roster`, rosterView, signal),
  });
}

export function useRosterCandidates(id: string, radiusKm: number, enabled: boolean) {
  const query = { radiusKm, limit: 20 };
  return useQuery({
    queryKey: thalassemiaKeys.candidates(id, query),
    queryFn: ({ signal }) =>
      getJson(withQuery(`${patientUrl(id)}/roster/candidates`, query), rosterCandidateList, signal),
    enabled,
  });
}

/**
 * Any thalassemia change: a child, their pool or a booking touches the lists, the child's page and the calendars,
 * so every thalassemia screen is read again (and the desk's cases, which a transfusion may open).
 */
export function useThalassemiaMutation<Body, Result>(request: (body: Body) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: thalassemiaKeys.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.cases });
    },
  });
}

/** The new child's form: the body may still lack choices (group, interval…); the server names each at its field. */
export function useCreateChild() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTransfusionPatientBody) => sendJson('POST', patientsPath, body, transfusionPatientDetail),
    onSuccess: (child) => {
      queryClient.setQueryData(thalassemiaKeys.child(child.id), child);
      void queryClient.invalidateQueries({ queryKey: thalassemiaKeys.childLists });
    },
  });
}

/** Every action on a child answers with the child as they now are. */
function useChildAction<Body>(id: string, request: (body: Body) => Promise<TransfusionPatientDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (child) => {
      queryClient.setQueryData(thalassemiaKeys.child(id), child);
      void queryClient.invalidateQueries({ queryKey: thalassemiaKeys.childLists });
      void queryClient.invalidateQueries({ queryKey: thalassemiaKeys.roster(id) });
      void queryClient.invalidateQueries({ queryKey: thalassemiaKeys.transfusions(id) });
    },
  });
}

export const useUpdateChild = (id: string) =>
  useChildAction(id, (body: UpdateTransfusionPatientBody) =>
    sendJson('PATCH', patientUrl(id), body, transfusionPatientDetail),
  );

/** Shows the guardian's phones to this person for a while (recorded each time). */
export const useRevealGuardian = (id: string) =>
  useChildAction(id, () => sendJson('POST', `${patientUrl(id)}/reveal`, {}, transfusionPatientDetail));

export const useChangeChildState = (id: string) =>
  useChildAction(id, (body: ChangeTransfusionPatientStateBody) =>
    sendJson('POST', `${patientUrl(id)}/state`, body, transfusionPatientDetail),
  );

export const useAddRosterMember = (id: string) =>
  useThalassemiaMutation((body: AddRosterMemberBody) => sendJson('POST', `${patientUrl(id)}/roster`, body, rosterView));

export const useRemoveRosterMember = (id: string) =>
  useThalassemiaMutation((donorId: string) =>
    sendJson('DELETE', `${patientUrl(id)}/roster/${encodeURIComponent(donorId)}`, undefined, rosterView),
  );
