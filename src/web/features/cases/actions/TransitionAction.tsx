import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contracts/cases.js';
import { closeReasons, type CaseStatus, type CloseReason } from '../../../../shared/enums.js';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';
import { fieldErrors } from '../../../components/problem-text';
import { CasePicker } from '../CasePicker';
import { useTransition } from '../case-queries';

const fields = { closeReason: 'closeReason', reason: 'reason', to: 'to' } as const;

/** Fulfilled and closed cases are done: moving one back to work is a reopening, and needs a reason. */
const isDone = (status: CaseStatus) => status === 'fulfilled' || status === 'closed';

/**
 * The next steps the state machine allows, as one button each; closing asks why (and, for a duplicate,
 * which case it repeats); reopening asks for a reason.
 */
export function TransitionAction({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const transition = useTransition(detail.id);
  const [form, setForm] = useState<null | 'close' | 'reopen'>(null);
  const steps = detail.allowedTransitions.filter((to) => to !== 'closed' && !isDone(detail.status));
  const reopenTargets = isDone(detail.status) ? detail.allowedTransitions.filter((to) => to !== 'closed') : [];
  const canClose = detail.allowedTransitions.includes('closed');
  const errors = fieldErrors(transition.error);
  const hasFieldErrors = Object.keys(errors).length > 0;

  if (detail.allowedTransitions.length === 0) return null;
  return (
    <div className="case-action" data-action="transition">
      <h3>{t('case.actions.status.heading')}</h3>
      <div className="form-actions">
        {steps.map((to) => (
          <button
            key={to}
            type="button"
            data-to={to}
            disabled={transition.isPending}
            onClick={() => transition.mutate({ to })}
          >
            {t(`case.actions.to.${to}`)}
          </button>
        ))}
        {reopenTargets.length > 0 && form !== 'reopen' ? (
          <button type="button" className="button-secondary" data-to="reopen" onClick={() => setForm('reopen')}>
            {t('case.actions.reopen.open')}
          </button>
        ) : null}
        {canClose && form !== 'close' ? (
          <button type="button" className="button-secondary" data-to="closed" onClick={() => setForm('close')}>
            {t('case.actions.close.open')}
          </button>
        ) : null}
      </div>
      {transition.isError && (form === null || !hasFieldErrors) ? <ProblemAlert error={transition.error} /> : null}
      {form === 'close' ? (
        <CloseForm detail={detail} errors={errors} onCancel={() => setForm(null)} transition={transition} />
      ) : null}
      {form === 'reopen' ? (
        <ReopenForm targets={reopenTargets} errors={errors} onCancel={() => setForm(null)} transition={transition} />
      ) : null}
    </div>
  );
}

interface SubFormProps {
  errors: Record<string, string>;
  onCancel: () => void;
  transition: ReturnType<typeof useTransition>;
}

function CloseForm({ detail, errors, onCancel, transition }: SubFormProps & { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [closeReason, setCloseReason] = useState<CloseReason | ''>('');
  const [duplicateOf, setDuplicateOf] = useState('');
  const [reason, setReason] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    transition.mutate(
      {
        to: 'closed',
        ...(closeReason === '' ? {} : { closeReason }),
        ...(closeReason === 'duplicate' && duplicateOf !== '' ? { duplicateOf } : {}),
        ...(reason.trim() === '' ? {} : { reason: reason.trim() }),
      },
      { onSuccess: onCancel },
    );
  };
  return (
    <form className="form sub-form" onSubmit={onSubmit} noValidate data-form="close">
      <SelectField
        label={t('case.actions.close.reason')}
        name={fields.closeReason}
        value={closeReason}
        onChange={(event) => setCloseReason(event.target.value as CloseReason | '')}
        error={errors.closeReason}
      >
        <option value="">{t('case.actions.close.chooseReason')}</option>
        {closeReasons.map((value) => (
          <option key={value} value={value}>
            {t(`closeReason.${value}`)}
          </option>
        ))}
      </SelectField>
      {closeReason === 'duplicate' ? (
        <CasePicker
          legend={t('case.actions.close.duplicateOf')}
          value={duplicateOf}
          onChange={setDuplicateOf}
          exclude={[detail.id]}
          error={errors.duplicateOf}
        />
      ) : null}
      <TextAreaField
        label={t('case.actions.close.note')}
        name={fields.reason}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errors.reason}
      />
      <div className="form-actions">
        <button type="submit" className="button-danger" disabled={transition.isPending || closeReason === ''}>
          {t('case.actions.close.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function ReopenForm({ targets, errors, onCancel, transition }: SubFormProps & { targets: readonly CaseStatus[] }) {
  const { t } = useTranslation();
  const [to, setTo] = useState<CaseStatus>(targets[0] ?? 'new');
  const [reason, setReason] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    transition.mutate({ to, reason: reason.trim() }, { onSuccess: onCancel });
  };
  return (
    <form className="form sub-form" onSubmit={onSubmit} noValidate data-form="reopen">
      <SelectField
        label={t('case.actions.reopen.to')}
        name={fields.to}
        value={to}
        onChange={(event) => setTo(event.target.value as CaseStatus)}
        error={errors.to}
      >
        {targets.map((value) => (
          <option key={value} value={value}>
            {t(`caseStatus.${value}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('case.actions.reopen.reason')}
        name={fields.reason}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errors.reason}
      />
      <div className="form-actions">
        <button type="submit" disabled={transition.isPending || reason.trim() === ''}>
          {t('case.actions.reopen.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
