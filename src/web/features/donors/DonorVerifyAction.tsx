import { useState, type FormEvent } from 'react';
import { fieldName } from './field-names';
import { useTranslation } from 'react-i18next';
import { donorIdKinds, type DonorIdKind } from '../../../shared/enums.js';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { fieldErrors } from '../../components/problem-text';
import { useVerifyDonor } from './donors-queries';

/** Verified with an identity document seen (its kind only: the registry never keeps the number). */
export function DonorVerifyAction({ donorId }: { donorId: string }) {
  const { t } = useTranslation();
  const verify = useVerifyDonor(donorId);
  const [idSeen, setIdSeen] = useState<DonorIdKind | ''>('');
  const errors = fieldErrors(verify.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (idSeen !== '') verify.mutate({ idSeen });
  };
  return (
    <form className="case-action form" data-action="verify" onSubmit={onSubmit} noValidate>
      <h3>{t('donors.actions.verify.heading')}</h3>
      <p className="field-hint">{t('donors.actions.verify.hint')}</p>
      <SelectField
        label={t('donors.actions.verify.idSeen')}
        name={fieldName.idSeen}
        value={idSeen}
        onChange={(event) => setIdSeen(event.target.value as DonorIdKind | '')}
        error={errors.idSeen}
      >
        <option value="">{t('donors.form.choose')}</option>
        {donorIdKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`donors.idKind.${kind}`)}
          </option>
        ))}
      </SelectField>
      {verify.isError ? <VerifyProblem error={verify.error} errors={errors} /> : null}
      <div className="form-actions">
        <button type="submit" disabled={verify.isPending || idSeen === ''}>
          {t('donors.actions.verify.submit')}
        </button>
      </div>
    </form>
  );
}

/** The server names each fact still missing (sex, date of birth, weight): say which, so the call can ask them. */
function VerifyProblem({ error, errors }: { error: unknown; errors: Record<string, string> }) {
  const missing = Object.entries(errors).filter(([field]) => field !== 'idSeen');
  return (
    <>
      <ProblemAlert error={error} />
      {missing.length > 0 ? (
        <ul className="field-error plain-list">
          {missing.map(([field, message]) => (
            <li key={field} data-field={field}>
              {message}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
