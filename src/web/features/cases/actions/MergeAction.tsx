import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CaseDetail } from '../../../../shared/contracts/cases.js';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { CasePicker } from '../CasePicker';
import { useMergeCase } from '../case-queries';
import { casePath } from '../../shell/nav-paths';

export function MergeAction({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const merge = useMergeCase(detail.id);
  const [intoCaseId, setIntoCaseId] = useState('');
  return (
    <div className="case-action form" data-action="merge">
      <h3>{t('case.actions.merge.heading')}</h3>
      <p className="field-hint">{t('case.actions.merge.hint')}</p>
      <CasePicker
        legend={t('case.actions.merge.into')}
        value={intoCaseId}
        onChange={setIntoCaseId}
        exclude={[detail.id]}
      />
      {merge.isError ? <ProblemAlert error={merge.error} /> : null}
      {intoCaseId === '' ? null : (
        <div className="form-actions">
          <ConfirmButton
            label={t('case.actions.merge.submit')}
            question={t('case.actions.merge.question')}
            confirmLabel={t('case.actions.merge.confirm')}
            isPending={merge.isPending}
            onConfirm={() =>
              merge.mutate(
                { intoCaseId },
                // Answered with the surviving case: go there; answered with this one: stay.
                { onSuccess: (result) => result.id !== detail.id && void navigate(casePath(result.id)) },
              )
            }
          />
        </div>
      )}
    </div>
  );
}
