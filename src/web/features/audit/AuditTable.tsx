import { useTranslation } from 'react-i18next';
import type { AuditEventView } from '../../../shared/contracts/audit.js';
import { useFormatDate } from '../../components/use-format-date';
import { AuditDetails } from './AuditDetails';

export function AuditTable({ events }: { events: readonly AuditEventView[] }) {
  const { t } = useTranslation();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'medium' });
  const columns = {
    at: t('audit.table.at'),
    actor: t('audit.table.actor'),
    action: t('audit.table.action'),
    ip: t('audit.table.ip'),
    details: t('audit.table.details'),
  };
  return (
    <table className="data-table">
      <thead>
        <tr>
          {Object.values(columns).map((heading) => (
            <th key={heading} scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <td data-label={columns.at}>
              <time dateTime={event.at}>{formatTime(event.at)}</time>
            </td>
            <td data-label={columns.actor}>{event.actorName ?? t('audit.system')}</td>
            <td data-label={columns.action}>{t(`audit.action.${event.action}`)}</td>
            <td data-label={columns.ip}>{event.ip ?? t('common.none')}</td>
            <td data-label={columns.details}>
              <AuditDetails details={event.details} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
