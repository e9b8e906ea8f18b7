import { useId, useState, type FormEvent } from 'react';
import { fieldName } from './field-names';
import { useTranslation } from 'react-i18next';
import { callOutcomes, type CallOutcome } from '../../../shared/enums.js';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextField } from '../../components/TextField';
import { useLogVerificationCall } from './donors-queries';

/** A verification call: who picked up and what was said (the weight or date of birth they gave goes in the record). */
export function DonorCallAction({ donorId }: { donorId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const logCall = useLogVerificationCall(donorId);
  const [outcome, setOutcome] = useState<CallOutcome | ''>('');
  const [notes, setNotes] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (outcome === '') return;
    logCall.mutate(
      { outcome, ...(notes.trim() === '' ? {} : { notes: notes.trim() }) },
      {
        onSuccess: () => {
          setOutcome('');
          setNotes('');
        },
      },
    );
  };
  return (
    <form className="case-action form" data-action="call" onSubmit={onSubmit} noValidate>
      <h3>{t('donors.actions.call.heading')}</h3>
      <fieldset className="radio-group">
        <legend>{t('donors.actions.call.outcome')}</legend>
        {callOutcomes.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`${id}-outcome`}
              value={value}
              checked={outcome === value}
              onChange={() => setOutcome(value)}
            />
            {t(`callOutcome.${value}`)}
          </label>
        ))}
      </fieldset>
      <TextField
        label={t('donors.actions.call.notes')}
        name={fieldName.notes}
        value={notes}
        onChange={(event) => setNotes(event.target.value)}
        autoComplete="off"
      />
      {logCall.isError ? <ProblemAlert error={logCall.error} /> : null}
      {logCall.isSuccess ? (
        <p className="success" role="status">
          {t('donors.actions.call.done')}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" disabled={logCall.isPending || outcome === ''}>
          {t('donors.actions.call.submit')}
        </button>
      </div>
    </form>
  );
}
