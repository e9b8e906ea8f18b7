import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createUserBody } from '../../../shared/contracts/users.js';
import { defaultLanguage, type Language } from '../../../shared/enums.js';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextField } from '../../components/TextField';
import { describeProblem, fieldErrors, summaryItems } from '../../components/problem-text';
import { useCurrentSession } from '../auth/session-context';
import { useOrganisations } from '../organisations/organisations-queries';
import { fieldErrorsUnder } from './field-errors-under';
import { LanguageSelect } from './LanguageSelect';
import { MembershipFields } from './MembershipFields';
import { useCreatePerson, emptyMembership, type MembershipDraft } from './people-queries';
import { roleChoices } from './role-choices';

/** Named after the body's fields, so the summary's links and tests find them whatever the language. */
const fields = { name: 'name', phone: 'phone', email: 'email', password: 'password' } as const;

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
  /** One more after each attempt that failed, so the summary takes focus again even when nothing changed. */
  const [failedAttempts, setFailedAttempts] = useState(0);
  const errors = fieldErrors(create.error, createUserBody);
  const membershipErrors = fieldErrorsUnder(errors, 'membership');
  const labels: Record<string, string> = {
    name: t('person.name'),
    phone: t('person.phone'),
    email: t('person.emailOptional'),
    preferredLanguage: t('person.language'),
    password: t('people.form.password'),
    'membership.role': t('membership.role'),
    'membership.organisationId': t('membership.organisation'),
    'membership.districts': t('membership.districts'),
  };
  const problem = create.isError ? describeProblem(create.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name, phone, email: email.trim() === '' ? null : email, preferredLanguage: language, password, membership },
      {
        onSuccess: (person) => void navigate(`/people/${person.id}`),
        onError: () => setFailedAttempts((n) => n + 1),
      },
    );
  };

  return (
    <form className="form panel" onSubmit={onSubmit} noValidate aria-busy={create.isPending}>
      <h2>{t('people.form.heading')}</h2>
      {problem === null ? null : Object.keys(errors).length > 0 ? (
        <ErrorSummary
          title={problem.title}
          detail={problem.detail}
          items={summaryItems(errors, (field) => labels[field])}
          focusKey={failedAttempts}
        />
      ) : (
        <ProblemAlert error={create.error} />
      )}
      <TextField
        label={t('person.name')}
        name={fields.name}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
        autoComplete="off"
        autoFocus
      />
      <TextField
        label={t('person.phone')}
        hint={t('people.form.phoneHint')}
        name={fields.phone}
        type="tel"
        inputMode="tel"
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
        error={errors.phone}
        autoComplete="off"
      />
      <TextField
        label={t('person.emailOptional')}
        name={fields.email}
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
        name={fields.password}
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
