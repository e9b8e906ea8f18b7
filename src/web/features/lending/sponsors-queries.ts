import { useQuery } from '@tanstack/react-query';
import {
  sponsorLinkView,
  sponsorList,
  sponsorPublicView,
  sponsorView,
  type SponsorBody,
} from '../../../shared/contracts/sponsors.js';
import { getJson, sendJson } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import { useLendingMutation } from './use-lending-mutation';

export function useSponsors() {
  return useQuery({
    queryKey: queryKeys.lendingList('sponsors', {}),
    queryFn: ({ signal }) => getJson('/sponsors?limit=200', sponsorList, signal),
  });
}

export function useCreateSponsor() {
  return useLendingMutation((body: SponsorBody) => sendJson('POST', '/sponsors', body, sponsorView));
}

/** A new private link: the answer is the only time its address is shown. */
export function useMakeSponsorLink() {
  return useLendingMutation((id: string) =>
    sendJson('POST', `/sponsors/${encodeURIComponent(id)}/link`, {}, sponsorLinkView),
  );
}

/** The sponsor's own page, by the private link: no sign-in. */
export function useSponsorPublic(token: string) {
  return useQuery({
    queryKey: queryKeys.sponsorPublic(token),
    queryFn: ({ signal }) => getJson(`/public/sponsors/${encodeURIComponent(token)}`, sponsorPublicView, signal),
    retry: false,
  });
}
