import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../shared/contracts/users.js';
import type { Language } from '../../../shared/enums.js';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextField } from '../../components/TextField';
import { fieldErrors } from '../../components/problem-text';
import { LanguageSelect } from './LanguageSelect';
import { useUpdatePerson } from './people-queries';

export function EditPersonForm({ person, onDone }: { person: UserView; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdatePerson(person.id);
  const [name, setName] = useState(person.name);
  const [email, setEmail] = useState(person.email ?? '');
  const [language, setLanguage] = useState<Language>(person.preferredLanguage);
  const errors = fieldErrors(update.error);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { name, email: email.trim() === '' ? null : email, preferredLanguage: language },
      { onSuccess: onDone },
    );
  };

  return (
    <form className="form panel" onSubmit={onSubmit} noValidate aria-busy={update.isPending}>
      <h2>{t('person.editHeading')}</h2>
      {update.isError ? <ProblemAlert error={update.error} /> : null}
      <TextField
        label={t('person.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
        autoFocus
      />
      <TextField
        label={t('person.emailOptional')}
        type="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.email}
      />
      <LanguageSelect value={language} onChange={setLanguage} error={errors.preferredLanguage} />
      <div className="form-actions">
        <button type="submit" disabled={update.isPending}>
          {t('common.save')}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
