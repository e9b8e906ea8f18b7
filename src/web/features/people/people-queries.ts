import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  userList,
  userView,
  type MembershipInput,
  type UpdateUserBody,
  type UserView,
} from '../../../shared/contracts/users.js';
import type { Language, Role } from '../../../shared/enums.js';
import { getJson, sendJson, withQuery } from '../../api/client';
import { queryKeys, type PageParams } from '../../api/query-keys';

/** A membership as the form holds it: role and organisation may still be unchosen; the server says so. */
export interface MembershipDraft extends Omit<MembershipInput, 'role'> {
  role: Role | '';
}

export const emptyMembership: MembershipDraft = { role: '', organisationId: null, districts: [] };

export interface PersonDraft {
  name: string;
  phone: string;
  email: string | null;
  preferredLanguage: Language;
  password: string;
  membership: MembershipDraft;
}

const personPath = (id: string) => `/users/${encodeURIComponent(id)}`;

export function usePeople(page: PageParams) {
  return useQuery({
    queryKey: queryKeys.peopleList(page),
    queryFn: ({ signal }) => getJson(withQuery('/users', { ...page }), userList, signal),
    // Keep the current page on screen while the next one loads, so the table doesn't jump.
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: string) {
  return useQuery({
    queryKey: queryKeys.person(id),
    queryFn: ({ signal }) => getJson(personPath(id), userView, signal),
  });
}

/** After any change to a person: lists and member counts are stale, the person's own view is fresh. */
function usePersonChanged() {
  const queryClient = useQueryClient();
  return (person: UserView) => {
    queryClient.setQueryData(queryKeys.person(person.id), person);
    void queryClient.invalidateQueries({ queryKey: queryKeys.people });
    void queryClient.invalidateQueries({ queryKey: queryKeys.organisations });
  };
}

export function useCreatePerson() {
  const onChanged = usePersonChanged();
  return useMutation({
    mutationFn: (body: PersonDraft) => sendJson('POST', '/users', body, userView),
    onSuccess: onChanged,
  });
}

export function useUpdatePerson(id: string) {
  const onChanged = usePersonChanged();
  return useMutation({
    mutationFn: (body: UpdateUserBody) => sendJson('PATCH', personPath(id), body, userView),
    onSuccess: onChanged,
  });
}

export function useAddMembership(id: string) {
  const onChanged = usePersonChanged();
  return useMutation({
    mutationFn: (body: MembershipDraft) => sendJson('POST', `${personPath(id)}/memberships`, body, userView),
    onSuccess: onChanged,
  });
}

export function useRemoveMembership(id: string) {
  const onChanged = usePersonChanged();
  return useMutation({
    mutationFn: (membershipId: string) =>
      sendJson('DELETE', `${personPath(id)}/memberships/${encodeURIComponent(membershipId)}`, undefined, userView),
    onSuccess: onChanged,
  });
}
