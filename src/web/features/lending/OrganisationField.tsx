import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { useCurrentSession } from '../auth/session-context';
import { useOrganisations } from '../organisations/organisations-queries';
import { field } from './field-names';

/** The organisations a person works for (from the session); an administrator, who belongs to none, may pick any. */
export function useOwnOrganisations(): { id: string; name: string }[] {
  const session = useCurrentSession();
  const own = new Map<string, string>();
  for (const m of session.memberships) {
    if (m.organisationId && m.organisationName && m.role === 'coordinator')
      own.set(m.organisationId, m.organisationName);
  }
  const isAdmin = session.memberships.some((m) => m.role === 'admin');
  const all = useOrganisations();
  if (isAdmin) return all.data ?? [];
  return [...own].map(([id, name]) => ({ id, name }));
}

export function OrganisationField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (id: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const options = useOwnOrganisations();
  return (
    <SelectField
      label={t('lending.form.organisation')}
      name={field.organisationId}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    >
      <option value="">{t('lending.form.choose')}</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </SelectField>
  );
}
