import { useState, type FormEvent } from 'react';
import { fieldName } from './field-names';
import { useTranslation } from 'react-i18next';
import { aboRhGroups, type AboRhGroup } from '../../../shared/enums.js';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { fieldErrors } from '../../components/problem-text';
import { useConfirmGroup } from './donors-queries';

/** The group a blood centre found: it replaces the donor's own word, and no later self-registration changes it. */
export function DonorGroupAction({ donorId, current }: { donorId: string; current: AboRhGroup | null }) {
  const { t } = useTranslation();
  const confirm = useConfirmGroup(donorId);
  const [bloodGroup, setBloodGroup] = useState<AboRhGroup | ''>(current ?? '');
  const [centre, setCentre] = useState('');
  const errors = fieldErrors(confirm.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (bloodGroup === '') return;
    confirm.mutate({ bloodGroup, centre: centre.trim() }, { onSuccess: () => setCentre('') });
  };
  return (
    <form className="case-action form" data-action="group" onSubmit={onSubmit} noValidate>
      <h3>{t('donors.actions.group.heading')}</h3>
      <div className="field-row">
        <SelectField
          label={t('donors.actions.group.bloodGroup')}
          name={fieldName.bloodGroup}
          value={bloodGroup}
          onChange={(event) => setBloodGroup(event.target.value as AboRhGroup | '')}
          error={errors.bloodGroup}
        >
          <option value="">{t('donors.form.choose')}</option>
          {aboRhGroups.map((group) => (
            <option key={group} value={group}>
              {group}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('donors.actions.group.centre')}
          name={fieldName.centre}
          value={centre}
          onChange={(event) => setCentre(event.target.value)}
          error={errors.centre}
          autoComplete="off"
        />
      </div>
      {confirm.isError && Object.keys(errors).length === 0 ? <ProblemAlert error={confirm.error} /> : null}
      <div className="form-actions">
        <button type="submit" disabled={confirm.isPending || bloodGroup === ''}>
          {t('donors.actions.group.submit')}
        </button>
      </div>
    </form>
  );
}
