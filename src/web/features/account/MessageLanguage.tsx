import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionView, type UpdateMeBody } from '../../../shared/contracts/auth.js';
import { languages, type Language } from '../../../shared/enums.js';
import { sendJson } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useCurrentSession } from '../auth/session-context';

/**
 * The language of the messages sent to this person (sign-in codes, escalations), saved on their account. The screen's
 * language is another matter: the header's switch, for this device only.
 */
export function MessageLanguage() {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (preferredLanguage: Language) =>
      sendJson('PATCH', '/me', { preferredLanguage } satisfies UpdateMeBody, sessionView),
    onSuccess: (session) => queryClient.setQueryData(queryKeys.session, session),
  });
  /** The choice just made, shown at once (a controlled radio would otherwise flick back until the request starts). */
  const [asked, setAsked] = useState<Language | null>(null);
  const chosen = asked ?? user.preferredLanguage;
  const choose = (language: Language) => {
    setAsked(language);
    save.mutate(language, { onError: () => setAsked(null) });
  };
  return (
    <fieldset className="panel radio-group message-language" disabled={save.isPending} aria-busy={save.isPending}>
      <legend>{t('account.language.heading')}</legend>
      <p className="field-hint">{t('account.language.hint')}</p>
      {languages.map((language) => (
        <label key={language} lang={language}>
          <input
            type="radio"
            name="preferredLanguage"
            value={language}
            checked={language === chosen}
            onChange={() => choose(language)}
          />
          {t(`language.${language}`)}
        </label>
      ))}
      {save.isSuccess ? (
        <p className="success" role="status">
          {t('account.language.saved')}
        </p>
      ) : null}
      {save.isError ? <ProblemAlert error={save.error} /> : null}
    </fieldset>
  );
}
