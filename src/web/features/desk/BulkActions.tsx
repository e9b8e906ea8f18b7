import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../shared/contracts/cases.js';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { CasePicker } from '../cases/CasePicker';
import { useAssignable, useBulkAction } from '../cases/case-queries';

type Action = 'assign' | 'close_duplicate';

const assignAction: Action = 'assign';
const closeAction: Action = 'close_duplicate';

interface BulkActionsProps {
  selected: readonly CaseSummary[];
  onDone: () => void;
  onClear: () => void;
}

/** Several cases at once: hand them to one person, or close them as repeats of one original. */
export function BulkActions({ selected, onDone, onClear }: BulkActionsProps) {
  const { t } = useTranslation();
  const [action, setAction] = useState<Action>('assign');
  const [assigneeId, setAssigneeId] = useState('');
  const [duplicateOf, setDuplicateOf] = useState('');
  const bulk = useBulkAction();
  // People who may take the first selected case; the server checks each case again.
  const assignable = useAssignable(action === 'assign' ? selected[0]?.id : undefined);
  const ids = selected.map((item) => item.id);
  const referenceOf = (id: string) => selected.find((item) => item.id === id)?.reference ?? id;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    bulk.mutate(
      action === 'assign'
        ? { caseIds: ids, action, assigneeId: assigneeId === '' ? null : assigneeId }
        : { caseIds: ids, action, duplicateOf },
      { onSuccess: (result) => result.failed.length === 0 && onDone() },
    );
  };

  return (
    <form className="panel bulk-actions form" onSubmit={onSubmit} aria-busy={bulk.isPending} noValidate>
      <div className="bulk-actions-head">
        <p className="bulk-count" aria-live="polite">
          {t('desk.bulk.selected', { count: selected.length })}
        </p>
        <button type="button" className="button-secondary" onClick={onClear}>
          {t('desk.bulk.clear')}
        </button>
      </div>
      <SelectField
        label={t('desk.bulk.action')}
        value={action}
        onChange={(event) => setAction(event.target.value as Action)}
      >
        <option value={assignAction}>{t('desk.bulk.assign')}</option>
        <option value={closeAction}>{t('desk.bulk.closeDuplicate')}</option>
      </SelectField>
      {action === 'assign' ? (
        <SelectField
          label={t('desk.bulk.assignTo')}
          value={assigneeId}
          onChange={(event) => setAssigneeId(event.target.value)}
        >
          <option value="">{t('desk.bulk.nobody')}</option>
          {(assignable.data?.items ?? []).map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </SelectField>
      ) : (
        <CasePicker legend={t('desk.bulk.duplicateOf')} value={duplicateOf} onChange={setDuplicateOf} exclude={ids} />
      )}
      {bulk.isError ? <ProblemAlert error={bulk.error} /> : null}
      {bulk.data && bulk.data.failed.length > 0 ? (
        <div className="problem" role="alert">
          <p className="problem-title">
            {t('desk.bulk.result', { done: bulk.data.done.length, failed: bulk.data.failed.length })}
          </p>
          <ul className="plain-list">
            {bulk.data.failed.map((failure) => (
              <li key={failure.caseId}>
                {t('desk.bulk.failure', { reference: referenceOf(failure.caseId), title: failure.title })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="form-actions">
        <button type="submit" disabled={bulk.isPending || (action === 'close_duplicate' && duplicateOf === '')}>
          {action === 'assign' ? t('desk.bulk.submitAssign') : t('desk.bulk.submitClose')}
        </button>
      </div>
    </form>
  );
}
