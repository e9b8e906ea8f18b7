import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GateView } from '../../../../shared/contracts/loans.js';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { fieldErrors } from '../../../components/problem-text';
import type { useCheckGate } from './case-lending-queries';
import { isSevere, type Answer, type GateDraft } from './gate-draft';
import { gateAnswersFrom } from './gate-draft';
import { field } from '../../lending/field-names';
import { digits } from '../../../components/form-values';

const questions = ['covidPositive', 'hasPrescription', 'homeIsolation'] as const;
const yes: Answer = 'yes';
const no: Answer = 'no';

/**
 * The gate's questions and the server's answer. A reading under 90 is shown as "refer to a hospital" as soon as it is
 * typed, before any check: the operator must not be left to lend to a patient who needs a hospital bed.
 */
export function GateForm({
  check,
  draft,
  onChange,
  gate,
  onChecked,
}: {
  /** The check, owned by the panel: it checks again by itself after a loan. */
  check: ReturnType<typeof useCheckGate>;
  draft: GateDraft;
  onChange: (draft: GateDraft) => void;
  /** The gate as last checked (the panel's until the operator checks). */
  gate: GateView;
  onChecked: (gate: GateView) => void;
}) {
  const { t } = useTranslation();
  const errors = fieldErrors(check.error);
  const shown = gate;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    check.mutate(gateAnswersFrom(draft), { onSuccess: onChecked });
  };
  const severe = isSevere(draft) || shown.outcome === 'refer_to_hospital';
  return (
    <form className="form lending-gate" onSubmit={onSubmit} noValidate aria-busy={check.isPending}>
      <h3>{t('lending.gate.heading')}</h3>
      <div className="field-row">
        {questions.map((question) => (
          <SelectField
            key={question}
            label={t(`lending.gate.question.${question}`)}
            name={question}
            value={draft[question]}
            onChange={(event) => onChange({ ...draft, [question]: event.target.value as Answer })}
            error={errors[question]}
          >
            <option value="">{t('lending.gate.answer.unknown')}</option>
            <option value={yes}>{t('lending.gate.answer.yes')}</option>
            <option value={no}>{t('lending.gate.answer.no')}</option>
          </SelectField>
        ))}
        <TextField
          label={t('lending.gate.question.spo2')}
          name={field.spo2}
          inputMode="numeric"
          value={draft.spo2}
          onChange={(event) => onChange({ ...draft, spo2: digits(event.target.value, 3) })}
          error={errors.spo2}
        />
      </div>
      {severe ? (
        <div className="problem lending-refer" role="alert" data-outcome="refer_to_hospital">
          <p className="problem-title">{t('lending.gate.outcome.refer_to_hospital')}</p>
          <p>{t('lending.gate.referHint')}</p>
        </div>
      ) : (
        <GateOutcome gate={shown} />
      )}
      {check.isError && Object.keys(errors).length === 0 ? <ProblemAlert error={check.error} /> : null}
      {check.data?.escalated ? <p className="success">{t('lending.gate.escalated')}</p> : null}
      <div className="form-actions">
        <button type="submit" className="button-secondary" disabled={check.isPending}>
          {t('lending.gate.check')}
        </button>
      </div>
    </form>
  );
}

function GateOutcome({ gate }: { gate: GateView }) {
  const { t } = useTranslation();
  return (
    <div className={gate.outcome === 'may_lend' ? 'success' : 'lending-gate-outcome'} data-outcome={gate.outcome}>
      <p className="problem-title">{t(`lending.gate.outcome.${gate.outcome}`)}</p>
      {gate.reasons.length > 0 ? (
        <ul>
          {gate.reasons.map((reason) => (
            <li key={reason}>{t(`lending.gate.reason.${reason}`)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
