import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contracts/cases.js';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SelectField } from '../../../components/SelectField';
import { useAssignable, useAssignCase } from '../case-queries';
import { isRole } from './is-role';

export function AssignAction({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const assignable = useAssignable(detail.id);
  const assign = useAssignCase(detail.id);
  const [assigneeId, setAssigneeId] = useState(detail.assignee?.id ?? '');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    assign.mutate({ assigneeId: assigneeId === '' ? null : assigneeId });
  };
  return (
    <form className="case-action form" data-action="assign" onSubmit={onSubmit} noValidate>
      <SelectField
        label={t('case.actions.assignTo')}
        value={assigneeId}
        onChange={(event) => setAssigneeId(event.target.value)}
      >
        <option value="">{t('case.actions.nobody')}</option>
        {(assignable.data?.items ?? []).map((person) => (
          <option key={person.id} value={person.id}>
            {isRole(person.role)
              ? t('case.actions.personWithRole', { name: person.name, role: t(`role.${person.role}`) })
              : person.name}
          </option>
        ))}
      </SelectField>
      {assign.isError ? <ProblemAlert error={assign.error} /> : null}
      <div className="form-actions">
        <button
          type="submit"
          className="button-secondary"
          disabled={assign.isPending || assigneeId === (detail.assignee?.id ?? '')}
        >
          {t('case.actions.assign')}
        </button>
      </div>
    </form>
  );
}
