import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionView, type SessionView, type UpdateMeBody } from '../../../shared/contracts/auth.js';
import type { Language } from '../../../shared/enums.js';
import { sendJson } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import i18n from '../../i18n';

/**
 * Switches the UI language at once. A signed-in person's choice is saved on their account, so it
 * follows them to other devices; signed out, i18n remembers it on this device (see i18n.ts).
 */
export function useChooseLanguage() {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (preferredLanguage: Language) =>
      sendJson('PATCH', '/me', { preferredLanguage } satisfies UpdateMeBody, sessionView),
    // Switch before the request, so its error (if any) comes back in the language just chosen.
    onMutate: (language) => i18n.changeLanguage(language),
    onSuccess: (session) => queryClient.setQueryData(queryKeys.session, session),
    onError: () => {
      const session = queryClient.getQueryData<SessionView | null>(queryKeys.session);
      if (session) void i18n.changeLanguage(session.user.preferredLanguage);
    },
  });

  const choose = (language: Language) => {
    if (queryClient.getQueryData<SessionView | null>(queryKeys.session)) mutation.mutate(language);
    else void i18n.changeLanguage(language);
  };
  return { choose, error: mutation.error, isPending: mutation.isPending };
}
