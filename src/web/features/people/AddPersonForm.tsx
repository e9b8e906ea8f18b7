import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { defaultLanguage, type Language } from '../../../shared/enums.js';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextField } from '../../components/TextField';
import { fieldErrors } from '../../components/problem-text';
import { useCurrentSession } from '../auth/session-context';
import { useOrganisations } from '../organisations/organisations-queries';
import { fieldErrorsUnder } from './field-errors-under';
import { LanguageSelect } from './LanguageSelect';
import { MembershipFields } from './MembershipFields';
import { useCreatePerson, emptyMembership, type MembershipDraft } from './people-queries';
import { roleChoices } from './role-choices';

export function AddPersonForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useCurrentSession();
  const organisations = useOrganisations();
  const create = useCreatePerson();
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  const [password, setPassword] = useState('');
  const [membership, setMembership] = useState<MembershipDraft>(emptyMembership);
  const errors = fieldErrors(create.error);
  const membershipErrors = fieldErrorsUnder(errors, 'membership');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name, phone, email: email.trim() === '' ? null : email, preferredLanguage: language, password, membership },
      { onSuccess: (person) => void navigate(`/people/${person.id}`) },
    );
  };

  return (
    <form className="form panel" onSubmit={onSubmit} noValidate aria-busy={create.isPending}>
      <h2>{t('people.form.heading')}</h2>
      {create.isError ? <ProblemAlert error={create.error} /> : null}
      <TextField
        label={t('person.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
        autoComplete="off"
        autoFocus
      />
      <TextField
        label={t('person.phone')}
        hint={t('people.form.phoneHint')}
        type="tel"
        inputMode="tel"
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
        error={errors.phone}
        autoComplete="off"
      />
      <TextField
        label={t('person.emailOptional')}
        type="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.email}
        autoComplete="off"
      />
      <LanguageSelect value={language} onChange={setLanguage} error={errors.preferredLanguage} />
      <TextField
        label={t('people.form.password')}
        hint={t('people.form.passwordHint')}
        type="password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password}
        autoComplete="new-password"
      />
      {organisations.isPending ? (
        <Loading />
      ) : organisations.isError ? (
        <LoadError error={organisations.error} onRetry={() => void organisations.refetch()} />
      ) : (
        <MembershipFields
          value={membership}
          onChange={setMembership}
          roles={roleChoices(session)}
          organisations={organisations.data.filter((o) => o.can.addMembers)}
          errors={membershipErrors}
        />
      )}
      <div className="form-actions">
        <button type="submit" disabled={create.isPending}>
          {t('people.form.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
