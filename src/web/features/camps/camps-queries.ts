import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  campDetail,
  campList,
  campReport,
  inviteResult,
  publicCampView,
  publicRegistered,
  registrationList,
  registrationView,
  thankResult,
  type CampQuery,
  type CancelCampBody,
  type CheckInBody,
  type InviteBody,
  type OperatorRegistrationBody,
  type OutcomeBody,
  type PlanCampBody,
  type PublicRegistrationBody,
  type RegistrationQuery,
  type UpdateCampBody,
} from '../../../shared/contracts/camps.js';
import { altchaChallenge } from '../../../shared/contracts/public.js';
import { isApiError } from '../../api/api-error';
import { getJson, sendJson, withQuery } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import { solveAltcha } from '../public/altcha';
import { campKeys } from './camp-query-keys';

/** A list's query as the screens build it: the contract's coerced page numbers are plain numbers here. */
type ListQuery<Query> = Omit<Query, 'limit' | 'offset'> & { limit?: number; offset?: number };

const campUrl = (id: string) => `/camps/${encodeURIComponent(id)}`;

export function useCamps(query: ListQuery<CampQuery>) {
  return useQuery({
    queryKey: campKeys.list(query),
    queryFn: ({ signal }) => getJson(withQuery('/camps', { ...query }), campList, signal),
    placeholderData: (previous) => previous,
  });
}

export function useCamp(id: string) {
  return useQuery({
    queryKey: campKeys.detail(id),
    queryFn: ({ signal }) => getJson(campUrl(id), campDetail, signal),
  });
}

export function useRegistrations(id: string, query: ListQuery<RegistrationQuery>, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: campKeys.registrations(id, query),
    queryFn: ({ signal }) => getJson(withQuery(`${campUrl(id)}/registrations`, { ...query }), registrationList, signal),
    enabled: options.enabled ?? true,
  });
}

export function useCampReport(id: string) {
  return useQuery({
    queryKey: campKeys.report(id),
    queryFn: ({ signal }) => getJson(`${campUrl(id)}/report`, campReport, signal),
  });
}

/**
 * A change to a camp: its counts, slots, registrations and report all move together, and a donation or deferral
 * recorded at the camp changes the donor registry too.
 */
function useCampMutation<Body, Result>(request: (body: Body) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: campKeys.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.donors });
    },
  });
}

export const usePlanCamp = () => useCampMutation((body: PlanCampBody) => sendJson('POST', '/camps', body, campDetail));
export const useUpdateCamp = (id: string) =>
  useCampMutation((body: UpdateCampBody) => sendJson('PATCH', campUrl(id), body, campDetail));
export const useCancelCamp = (id: string) =>
  useCampMutation((body: CancelCampBody) => sendJson('POST', `${campUrl(id)}/cancel`, body, campDetail));
export const useMarkHeld = (id: string) =>
  useCampMutation(() => sendJson('POST', `${campUrl(id)}/held`, {}, campDetail));
export const useInvite = (id: string) =>
  useCampMutation((body: InviteBody) => sendJson('POST', `${campUrl(id)}/invite`, body, inviteResult));
export const useThank = (id: string) =>
  useCampMutation(() => sendJson('POST', `${campUrl(id)}/thank`, {}, thankResult));
export const useRegister = (id: string) =>
  useCampMutation((body: OperatorRegistrationBody) =>
    sendJson('POST', `${campUrl(id)}/registrations`, body, registrationView),
  );
export const useCancelRegistration = (id: string) =>
  useCampMutation((registrationId: string) =>
    sendJson(
      'DELETE',
      `${campUrl(id)}/registrations/${encodeURIComponent(registrationId)}`,
      undefined,
      registrationView,
    ),
  );
export const useCheckIn = (id: string) =>
  useCampMutation((body: CheckInBody) => sendJson('POST', `${campUrl(id)}/check-ins`, body, registrationView));
export const useRecordOutcome = (id: string) =>
  useCampMutation(({ registrationId, body }: { registrationId: string; body: OutcomeBody }) =>
    sendJson(
      'POST',
      `${campUrl(id)}/registrations/${encodeURIComponent(registrationId)}/outcome`,
      body,
      registrationView,
    ),
  );

const publicCampUrl = (code: string) => `/public/camps/${encodeURIComponent(code)}`;

/** The public page's camp (no sign-in, no personal data). */
export function usePublicCamp(code: string) {
  return useQuery({
    queryKey: campKeys.publicCamp(code),
    queryFn: ({ signal }) => getJson(publicCampUrl(code), publicCampView, signal),
  });
}

export type RegisterPhase = 'sending' | 'solving';

/**
 * Registering on the public page, limited like the other public forms: only when the server says this source is
 * noisy (428 `challenge_required`) does the browser solve a proof of work and send again with it.
 */
export function usePublicCampRegistration(code: string, onPhase: (phase: RegisterPhase) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: PublicRegistrationBody) => {
      const url = `${publicCampUrl(code)}/registrations`;
      onPhase('sending');
      try {
        return await sendJson('POST', url, body, publicRegistered);
      } catch (error) {
        if (!isApiError(error, 'challenge_required')) throw error;
        onPhase('solving');
        const altcha = await solveAltcha(await getJson('/public/challenge', altchaChallenge));
        onPhase('sending');
        return sendJson('POST', url, { ...body, altcha }, publicRegistered);
      }
    },
    // The slots' free places changed.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: campKeys.publicCamp(code) }),
  });
}
