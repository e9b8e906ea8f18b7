import { useTranslation } from 'react-i18next';
import type { CaseStatus, CloseReason, Priority } from '../../../shared/enums.js';

export function PriorityBadge({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  return (
    <span className={`badge priority priority-${priority}`} data-priority={priority}>
      {t(`priority.${priority}`)}
    </span>
  );
}

export function StatusBadge({ status, closeReason }: { status: CaseStatus; closeReason?: CloseReason | null }) {
  const { t } = useTranslation();
  return (
    <span className={`badge status status-${status}`} data-status={status}>
      {closeReason
        ? t('caseStatus.closedBecause', { reason: t(`closeReason.${closeReason}`) })
        : t(`caseStatus.${status}`)}
    </span>
  );
}

/** A number on the fraud list: said in words, not just a colour. */
export function FlaggedBadge() {
  const { t } = useTranslation();
  return <span className="badge flagged">{t('flagged.badge')}</span>;
}
