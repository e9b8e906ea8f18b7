import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  assignableList,
  bulkResult,
  caseDetail,
  caseList,
  intakeResult,
  referralOptions,
  similarList,
  type CaseDetail,
  type CaseQuery,
  type CreateCaseBody,
  type TransitionBody,
  type UpdateCaseBody,
} from '../../../shared/contracts/cases.js';
import type { CallOutcome, Priority } from '../../../shared/enums.js';
import { getJson, sendJson, withQuery } from '../../api/client';
import { queryKeys, type SimilarParams } from '../../api/query-keys';

/** The queue's query as this app sends it: the contract's filters, with page numbers that are numbers. */
export type CaseListQuery = Omit<CaseQuery, 'limit' | 'offset'> & { limit: number; offset: number };

const casesPath = '/cases';
const casePath = (id: string) => `${casesPath}/${encodeURIComponent(id)}`;

export function useCaseList(query: CaseListQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.caseList(query),
    queryFn: ({ signal }) => getJson(withQuery(casesPath, { ...query }), caseList, signal),
    placeholderData: keepPreviousData,
    // The live stream keeps the list fresh; this catches anything it missed (a dropped connection).
    refetchInterval: 60_000,
    enabled: options.enabled ?? true,
  });
}

export function useCase(id: string) {
  return useQuery({
    queryKey: queryKeys.caseDetail(id),
    queryFn: ({ signal }) => getJson(casePath(id), caseDetail, signal),
  });
}

export function useSimilarCases(params: SimilarParams, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.similarCases(params),
    queryFn: ({ signal }) => getJson(withQuery(`${casesPath}/similar`, { ...params }), similarList, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useAssignable(caseId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.assignable(caseId ?? ''),
    queryFn: ({ signal }) => getJson(`${casePath(caseId ?? '')}/assignable`, assignableList, signal),
    enabled: caseId !== undefined,
  });
}

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCaseBody) => sendJson('POST', casesPath, body, intakeResult),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.caseLists }),
  });
}

/** Every case action answers with the case as it now is: show that, and let the lists catch up. */
function useCaseAction<Body>(caseId: string, request: (body: Body) => Promise<CaseDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (detail) => {
      queryClient.setQueryData(queryKeys.caseDetail(detail.id), detail);
      // A merge may answer with the case this one went into; this one has changed too.
      if (detail.id !== caseId) void queryClient.invalidateQueries({ queryKey: queryKeys.caseDetail(caseId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.caseLists });
    },
  });
}

const post =
  <Body>(caseId: string, action: string) =>
  (body: Body) =>
    sendJson('POST', `${casePath(caseId)}/${action}`, body ?? {}, caseDetail);

export const useClaimCase = (id: string) => useCaseAction<void>(id, post<void>(id, 'claim'));
export const useAssignCase = (id: string) => useCaseAction(id, post<{ assigneeId: string | null }>(id, 'assign'));
export const useLogCall = (id: string) => useCaseAction(id, post<{ outcome: CallOutcome; note?: string }>(id, 'calls'));
export const useTransition = (id: string) => useCaseAction(id, post<TransitionBody>(id, 'transitions'));
export const useAddNote = (id: string) => useCaseAction(id, post<{ note: string }>(id, 'notes'));
export const useRevealContact = (id: string) => useCaseAction<void>(id, post<void>(id, 'reveal-contact'));
export const useOverridePriority = (id: string) =>
  useCaseAction(id, post<{ priority: Priority | null; reason?: string }>(id, 'priority'));
export const useRecordQuantity = (id: string) =>
  useCaseAction(id, post<{ needId: string; quantityFulfilled: number }>(id, 'quantities'));
export const useMergeCase = (id: string) => useCaseAction(id, post<{ intoCaseId: string }>(id, 'merge'));
export const useReferCase = (id: string) =>
  useCaseAction(id, post<{ organisationId: string; note: string }>(id, 'referrals'));

export function useReferralOptions(caseId: string) {
  return useQuery({
    queryKey: queryKeys.referralOptions(caseId),
    queryFn: ({ signal }) => getJson(`${casePath(caseId)}/referral-options`, referralOptions, signal),
    select: (list) => list.items,
  });
}
export const useUpdateCase = (id: string) =>
  useCaseAction(id, (body: UpdateCaseBody) => sendJson('PATCH', casePath(id), body, caseDetail));

export interface BulkBody {
  caseIds: string[];
  action: 'assign' | 'close_duplicate';
  assigneeId?: string | null;
  duplicateOf?: string;
}

export function useBulkAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkBody) => sendJson('POST', `${casesPath}/bulk`, body, bulkResult),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.cases }),
  });
}
