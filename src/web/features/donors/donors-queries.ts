import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  donorImportPreview,
  donorImportResult,
  donorList,
  donorView,
  recordedDonation,
  registeredDonor,
  type CentreDeferralBody,
  type ConfirmGroupBody,
  type DonorImportBody,
  type DonorView,
  type RecordDonationBody,
  type VerificationCallBody,
  type VerifyDonorBody,
  type WithdrawConsentBody,
} from '../../../shared/contracts/donors.js';
import { getJson, sendJson, withQuery } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import type { DonorBodyDraft } from './donor-draft';
import type { DonorListQuery } from './donor-filters';
import type { DonorUpdateDraft } from './donor-edit';

const donorsPath = '/donors';
const donorPath = (id: string) => `${donorsPath}/${encodeURIComponent(id)}`;

export function useDonorList(query: DonorListQuery) {
  return useQuery({
    queryKey: queryKeys.donorList(query),
    queryFn: ({ signal }) => getJson(withQuery(donorsPath, { ...query }), donorList, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDonor(id: string) {
  return useQuery({
    queryKey: queryKeys.donorDetail(id),
    queryFn: ({ signal }) => getJson(donorPath(id), donorView, signal),
  });
}

/** Shows the donor as the server now has them, and lets the lists catch up. */
function useShowDonor() {
  const queryClient = useQueryClient();
  return (donor: DonorView) => {
    queryClient.setQueryData(queryKeys.donorDetail(donor.id), donor);
    void queryClient.invalidateQueries({ queryKey: queryKeys.donorLists });
  };
}

/**
 * The operator's form. The body may still lack choices (sex, group…): the server's contract names each missing
 * one at its field, in the language on screen.
 */
export function useRegisterDonor() {
  const show = useShowDonor();
  return useMutation({
    mutationFn: (body: DonorBodyDraft & { organisationId?: string }) =>
      sendJson('POST', donorsPath, body, registeredDonor),
    onSuccess: (registered) => show(registered.donor),
  });
}

/** A `donor` lead turned into a donor; the lead is marked verified with it. */
export function useRegisterLeadDonor(leadId: string) {
  const queryClient = useQueryClient();
  const show = useShowDonor();
  return useMutation({
    mutationFn: (body: DonorBodyDraft) =>
      sendJson('POST', `/leads/${encodeURIComponent(leadId)}/donor`, body, registeredDonor),
    onSuccess: (registered) => {
      show(registered.donor);
      void queryClient.invalidateQueries({ queryKey: queryKeys.leads });
    },
  });
}

/** Every action on a donor answers with the donor as they now are. */
function useDonorAction<Body>(request: (body: Body) => Promise<DonorView>) {
  const show = useShowDonor();
  return useMutation({ mutationFn: request, onSuccess: show });
}

/** The body may still hold half-typed deferrals: the server names each at its field. */
export function useUpdateDonor(id: string) {
  return useDonorAction((body: DonorUpdateDraft) => sendJson('PATCH', donorPath(id), body, donorView));
}

/** Shows the donor's number to this person (recorded each time). */
export function useRevealDonorContact(id: string) {
  return useDonorAction(() => sendJson('POST', `${donorPath(id)}/reveal-contact`, {}, donorView));
}

export function useLogVerificationCall(id: string) {
  return useDonorAction((body: VerificationCallBody) => sendJson('POST', `${donorPath(id)}/calls`, body, donorView));
}

export function useVerifyDonor(id: string) {
  return useDonorAction((body: VerifyDonorBody) => sendJson('POST', `${donorPath(id)}/verify`, body, donorView));
}

export function useConfirmGroup(id: string) {
  return useDonorAction((body: ConfirmGroupBody) => sendJson('POST', `${donorPath(id)}/group`, body, donorView));
}

export function useRecordCentreDeferral(id: string) {
  return useDonorAction((body: CentreDeferralBody) => sendJson('POST', `${donorPath(id)}/deferral`, body, donorView));
}

export function useClearCentreDeferral(id: string) {
  return useDonorAction(() => sendJson('DELETE', `${donorPath(id)}/deferral`, undefined, donorView));
}

export function useWithdrawConsent(id: string) {
  return useDonorAction((body: WithdrawConsentBody) =>
    sendJson('POST', `${donorPath(id)}/withdraw-consent`, body, donorView),
  );
}

export function useRecordDonation(id: string) {
  const show = useShowDonor();
  return useMutation({
    mutationFn: (body: RecordDonationBody) => sendJson('POST', `${donorPath(id)}/donations`, body, recordedDonation),
    onSuccess: (recorded) => show(recorded.donor),
  });
}

/** Reads a CSV and says what importing it would do, row by row; writes nothing. */
export function usePreviewImport() {
  return useMutation({
    mutationFn: (body: DonorImportBody) => sendJson('POST', `${donorsPath}/import/preview`, body, donorImportPreview),
  });
}

/** Imports the whole file in one go, or nothing when any row is wrong. */
export function useImportDonors() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DonorImportBody) => sendJson('POST', `${donorsPath}/import`, body, donorImportResult),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.donors }),
  });
}
