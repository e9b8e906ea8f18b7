import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/contracts/organisations.js';
import { organisationKinds, type OrganisationKind } from '../../../shared/enums.js';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { fieldErrors } from '../../components/problem-text';
import { DistrictPicker, type DistrictOption } from '../geography/DistrictPicker';
import { useCreateOrganisation, useUpdateOrganisation } from './organisations-queries';

interface OrganisationFormProps {
  /** The organisation to edit; none to add a new one. */
  organisation?: OrganisationView;
  onDone: () => void;
}

export function OrganisationForm({ organisation, onDone }: OrganisationFormProps) {
  const { t } = useTranslation();
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation(organisation?.id ?? '');
  const mutation = organisation ? update : create;
  const [name, setName] = useState(organisation?.name ?? '');
  const [kind, setKind] = useState<OrganisationKind | ''>(organisation?.kind ?? '');
  const [districts, setDistricts] = useState<DistrictOption[]>(organisation?.districts ?? []);
  const errors = fieldErrors(mutation.error);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate({ name, kind, districts: districts.map((d) => d.code) }, { onSuccess: onDone });
  };

  return (
    <form className="form panel" onSubmit={onSubmit} noValidate aria-busy={mutation.isPending}>
      <h2>{organisation ? t('organisations.form.editHeading') : t('organisations.form.addHeading')}</h2>
      {mutation.isError ? <ProblemAlert error={mutation.error} /> : null}
      <TextField
        label={t('organisations.form.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
      />
      <SelectField
        label={t('organisations.form.kind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as OrganisationKind | '')}
        error={errors.kind}
      >
        <option value="">{t('organisations.form.chooseKind')}</option>
        {organisationKinds.map((k) => (
          <option key={k} value={k}>
            {t(`organisationKind.${k}`)}
          </option>
        ))}
      </SelectField>
      <DistrictPicker
        legend={t('organisations.form.districts')}
        value={districts}
        onChange={setDistricts}
        error={errors.districts}
      />
      <div className="form-actions">
        <button type="submit" disabled={mutation.isPending}>
          {organisation ? t('common.save') : t('organisations.form.add')}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
