import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contracts/cases.js';
import { callOutcomes, type CallOutcome } from '../../../../shared/enums.js';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { TextField } from '../../../components/TextField';
import { useLogCall } from '../case-queries';

/** The anchor the case page's quick bar jumps to. */
export const callAnchor = 'case-call';

export function CallAction({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const logCall = useLogCall(detail.id);
  const [outcome, setOutcome] = useState<CallOutcome | ''>('');
  const [note, setNote] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (outcome === '') return;
    logCall.mutate(
      { outcome, ...(note.trim() === '' ? {} : { note: note.trim() }) },
      {
        onSuccess: () => {
          setOutcome('');
          setNote('');
        },
      },
    );
  };
  return (
    <form className="case-action form" data-action="call" id={callAnchor} onSubmit={onSubmit} noValidate>
      <h3>{t('case.actions.call.heading')}</h3>
      <fieldset className="radio-group">
        <legend>{t('case.actions.call.outcome')}</legend>
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
        label={t('case.actions.call.note')}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        autoComplete="off"
      />
      {logCall.isError ? <ProblemAlert error={logCall.error} /> : null}
      <div className="form-actions">
        <button type="submit" disabled={logCall.isPending || outcome === ''}>
          {t('case.actions.call.submit')}
        </button>
      </div>
    </form>
  );
}
