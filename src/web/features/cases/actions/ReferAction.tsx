import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contracts/cases.js';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { characterCount } from '../../../components/form-values';
import { fieldErrors } from '../../../components/problem-text';
import { useReferCase, useReferralOptions } from '../case-queries';

const fields = { organisationId: 'organisationId', note: 'note' } as const;

/** Hands the case to another organisation serving its district, which then sees and works it too. */
export function ReferAction({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const options = useReferralOptions(detail.id);
  const refer = useReferCase(detail.id);
  const [organisationId, setOrganisationId] = useState('');
  const [note, setNote] = useState('');
  const errors = fieldErrors(refer.error);
  const items = options.data ?? [];
  if (options.isSuccess && items.length === 0) return null;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    refer.mutate(
      { organisationId, note },
      {
        onSuccess: () => {
          setOrganisationId('');
          setNote('');
        },
      },
    );
  };
  return (
    <form className="case-action form" data-action="refer" onSubmit={onSubmit} noValidate>
      <h3>{t('case.actions.refer.heading')}</h3>
      <p className="field-hint">{t('case.actions.refer.hint')}</p>
      <SelectField
        label={t('case.actions.refer.organisation')}
        name={fields.organisationId}
        value={organisationId}
        onChange={(event) => setOrganisationId(event.target.value)}
        error={errors.organisationId}
      >
        <option value="">{t('case.actions.refer.choose')}</option>
        {items.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('case.actions.refer.note')}
        name={fields.note}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={errors.note}
        autoComplete="off"
      />
      {refer.isError && Object.keys(errors).length === 0 ? <ProblemAlert error={refer.error} /> : null}
      <div className="form-actions">
        <button
          type="submit"
          className="button-secondary"
          disabled={refer.isPending || organisationId === '' || characterCount(note.trim()) < 3}
        >
          {t('case.actions.refer.submit')}
        </button>
      </div>
    </form>
  );
}
