import { useTranslation } from 'react-i18next';
import { fieldName } from './field-names';
import { SelectField } from '../../components/SelectField';
import { useOrganisations } from '../organisations/organisations-queries';

export interface ChoiceProps {
  value: string;
  /** Offered for no choice: the server picks by district, or nothing is chosen yet. */
  emptyLabel: string;
  onChange: (id: string) => void;
  error: string | undefined;
}

/** An administrator may register for any organisation. */
export function AnyOrganisationChoice(props: ChoiceProps) {
  const organisations = useOrganisations();
  return <OrganisationChoice {...props} options={organisations.data ?? []} />;
}

/** For people who register for more than one organisation. */
export function OrganisationChoice({
  options,
  value,
  onChange,
  error,
  emptyLabel,
}: ChoiceProps & { options: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const choices = options;
  return (
    <SelectField
      label={t('donors.form.organisation')}
      hint={t('donors.form.organisationHint')}
      name={fieldName.organisationId}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    >
      <option value="">{emptyLabel}</option>
      {choices.map((organisation) => (
        <option key={organisation.id} value={organisation.id}>
          {organisation.name}
        </option>
      ))}
    </SelectField>
  );
}
