import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseSummary } from '../../../shared/contracts/cases.js';
import { useLocalName } from '../../components/use-local-name';
import { FlaggedBadge, PriorityBadge, StatusBadge } from '../cases/CaseBadges';
import { SlaClock } from '../cases/SlaClock';
import { useChannelsText } from '../cases/use-channels-text';
import { useNeedsText } from '../cases/use-needs-text';
import { casePath } from '../shell/nav-paths';

interface QueueRowProps {
  item: CaseSummary;
  /** Present when the person may act on several cases at once. */
  selection?: { isSelected: boolean; onToggle: () => void };
  /** The row the keyboard is on (j/k). */
  isCurrent?: boolean;
  onFocus?: () => void;
}

/** One case in the queue: a row on a wide screen, a card on a phone. */
export function QueueRow({ item, selection, isCurrent = false, onFocus }: QueueRowProps) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const needsText = useNeedsText();
  const channelsText = useChannelsText();
  const patient = [
    item.patientName,
    item.patientAge === null ? null : t('desk.row.age', { age: item.patientAge }),
    item.spo2 === null ? null : t('desk.row.spo2', { value: item.spo2 }),
  ].filter((part) => part !== null);

  return (
    <li
      className={`queue-row priority-edge-${item.priority}${selection?.isSelected ? ' is-selected' : ''}${isCurrent ? ' is-current' : ''}`}
      data-case-id={item.id}
      data-current={isCurrent || undefined}
      onFocus={onFocus}
      data-reference={item.reference}
      data-priority={item.priority}
    >
      {selection ? (
        <input
          type="checkbox"
          className="queue-row-select"
          checked={selection.isSelected}
          onChange={selection.onToggle}
          aria-label={t('desk.row.select', { reference: item.reference })}
        />
      ) : null}
      <div className="queue-row-body">
        <p className="queue-row-head">
          <Link to={casePath(item.id)} className="case-reference">
            {item.reference}
          </Link>
          <PriorityBadge priority={item.priority} />
          <StatusBadge status={item.status} closeReason={item.closeReason} />
          {item.hasFlaggedPhone ? <FlaggedBadge /> : null}
        </p>
        <p className="queue-row-needs">{needsText(item.needs)}</p>
        <p className="queue-row-meta">{[localName(item.district), ...patient].join(t('common.dotSeparator'))}</p>
        <SlaClock sla={item.sla} />
        <p className="queue-row-meta">
          {[
            channelsText(item),
            item.assignee ? t('desk.row.assignedTo', { name: item.assignee.name }) : t('desk.row.unassigned'),
          ].join(t('common.dotSeparator'))}
        </p>
      </div>
    </li>
  );
}
