import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../shared/contracts/cases.js';
import { AssignAction } from './actions/AssignAction';
import { CallAction } from './actions/CallAction';
import { ClaimAction } from './actions/ClaimAction';
import { MergeAction } from './actions/MergeAction';
import { NoteAction } from './actions/NoteAction';
import { PriorityAction } from './actions/PriorityAction';
import { ReferAction } from './actions/ReferAction';
import { TransitionAction } from './actions/TransitionAction';

/** What this person may do with this case now: exactly what the server's `can` allows, nothing more. */
export function CaseActions({ detail, onEdit }: { detail: CaseDetail; onEdit: () => void }) {
  const { t } = useTranslation();
  const { can } = detail;
  const hasAny = Object.values(can).some(Boolean) || detail.allowedTransitions.length > 0;
  const hasMore = can.assign || can.overridePriority || can.edit || can.merge || can.refer;
  if (!hasAny) return null;
  return (
    <section className="panel case-actions" aria-labelledby="case-actions">
      <h2 id="case-actions">{t('case.actions.heading')}</h2>
      {can.claim ? <ClaimAction detail={detail} /> : null}
      {can.transition ? <TransitionAction detail={detail} /> : null}
      {can.logCall ? <CallAction detail={detail} /> : null}
      {can.note ? <NoteAction detail={detail} /> : null}
      {hasMore ? (
        // The rarer actions fold away, so on a phone the everyday ones are all within a thumb's reach.
        <details className="case-action more-actions" data-action="more">
          <summary>{t('case.actions.more')}</summary>
          {can.assign ? <AssignAction detail={detail} /> : null}
          {can.overridePriority ? <PriorityAction detail={detail} /> : null}
          {can.edit ? (
            <div className="case-action" data-action="edit">
              <button type="button" className="button-secondary" onClick={onEdit}>
                {t('case.actions.edit')}
              </button>
            </div>
          ) : null}
          {can.merge ? <MergeAction detail={detail} /> : null}
          {can.refer ? <ReferAction detail={detail} /> : null}
        </details>
      ) : null}
    </section>
  );
}
