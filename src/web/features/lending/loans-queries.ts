import { useQuery } from '@tanstack/react-query';
import {
  loanDetail,
  loanDocumentView,
  loanList,
  type CancelLoanBody,
  type DepositSettlementBody,
  type ExtendLoanBody,
  type HandOverBody,
  type LoanQuery,
  type PickupBody,
  type ReturnLoanBody,
  type WriteOffLoanBody,
} from '../../../shared/contracts/loans.js';
import type { LoanDocumentKind } from '../../../shared/enums.js';
import { getJson, sendJson, withQuery } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import { sendForm } from '../../api/upload';
import { useLendingMutation, type ListQuery } from './use-lending-mutation';

const loanUrl = (id: string) => `/loans/${encodeURIComponent(id)}`;

export function useLoans(query: ListQuery<LoanQuery>) {
  return useQuery({
    queryKey: queryKeys.lendingList('loans', query),
    queryFn: ({ signal }) => getJson(withQuery('/loans', { ...query }), loanList, signal),
  });
}

export function useLoan(id: string) {
  return useQuery({
    queryKey: queryKeys.lendingDetail('loans', id),
    queryFn: ({ signal }) => getJson(loanUrl(id), loanDetail, signal),
  });
}

/** Every step of a loan's life answers with the loan as it now is. */
const step =
  <Body>(id: string, action: string) =>
  (body: Body) =>
    sendJson('POST', `${loanUrl(id)}/${action}`, body, loanDetail);

export const useHandOver = (id: string) => useLendingMutation(step<HandOverBody>(id, 'hand-over'));
export const useExtendLoan = (id: string) => useLendingMutation(step<ExtendLoanBody>(id, 'extend'));
export const useRequestPickup = (id: string) => useLendingMutation(step<PickupBody>(id, 'pickup'));
export const useReturnLoan = (id: string) => useLendingMutation(step<ReturnLoanBody>(id, 'return'));
export const useSettleDeposit = (id: string) => useLendingMutation(step<DepositSettlementBody>(id, 'deposit'));
export const useWriteOffLoan = (id: string) => useLendingMutation(step<WriteOffLoanBody>(id, 'write-off'));
export const useCancelLoan = (id: string) => useLendingMutation(step<CancelLoanBody>(id, 'cancel'));
export const useRevealLoanContact = (id: string) =>
  useLendingMutation(step<Record<string, never>>(id, 'reveal-contact'));

export function useAddLoanDocument(id: string) {
  return useLendingMutation(({ kind, file }: { kind: LoanDocumentKind; file: File }) =>
    sendForm(`${loanUrl(id)}/documents`, { kind }, file, loanDocumentView),
  );
}
