import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contracts/cases.js';
import { priorities, type Priority } from '../../../../shared/enums.js';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { fieldErrors } from '../../../components/problem-text';
import { useOverridePriority } from '../case-queries';

const automatic = 'automatic';

const fields = { priority: 'priority', reason: 'reason' } as const;

export function PriorityAction({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const override = useOverridePriority(detail.id);
  const [priority, setPriority] = useState<Priority | typeof automatic>(detail.priorityOverride?.priority ?? automatic);
  const [reason, setReason] = useState('');
  const errors = fieldErrors(override.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    override.mutate(
      { priority: priority === automatic ? null : priority, ...(reason.trim() === '' ? {} : { reason }) },
      { onSuccess: () => setReason('') },
    );
  };
  return (
    <form className="case-action form" data-action="priority" onSubmit={onSubmit} noValidate>
      <h3>{t('case.actions.priority.heading')}</h3>
      <SelectField
        label={t('case.actions.priority.priority')}
        name={fields.priority}
        value={priority}
        onChange={(event) => setPriority(event.target.value as Priority | typeof automatic)}
        error={errors.priority}
      >
        <option value={automatic}>{t('case.actions.priority.automatic')}</option>
        {priorities.map((value) => (
          <option key={value} value={value}>
            {t(`priority.${value}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('case.actions.priority.reason')}
        name={fields.reason}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errors.reason}
        autoComplete="off"
      />
      {override.isError && Object.keys(errors).length === 0 ? <ProblemAlert error={override.error} /> : null}
      <div className="form-actions">
        <button
          type="submit"
          className="button-secondary"
          disabled={override.isPending || (priority !== automatic && reason.trim() === '')}
        >
          {t('case.actions.priority.submit')}
        </button>
      </div>
    </form>
  );
}
