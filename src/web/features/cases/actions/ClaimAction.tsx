import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contracts/cases.js';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useClaimCase } from '../case-queries';

export function ClaimAction({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const claim = useClaimCase(detail.id);
  return (
    <div className="case-action" data-action="claim">
      <button type="button" disabled={claim.isPending} onClick={() => claim.mutate()}>
        {t('case.actions.claim')}
      </button>
      {claim.isError ? <ProblemAlert error={claim.error} /> : null}
    </div>
  );
}
