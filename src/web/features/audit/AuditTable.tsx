import { useTranslation } from 'react-i18next';
import type { AuditEventView } from '../../../shared/contracts/audit.js';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { useFormatDate } from '../../components/use-format-date';
import { AuditDetails } from './AuditDetails';

export function AuditTable({ events }: { events: readonly AuditEventView[] }) {
  const { t } = useTranslation();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'medium' });
  const columns: DataColumn<AuditEventView>[] = [
    { heading: t('audit.table.at'), cell: (event) => <time dateTime={event.at}>{formatTime(event.at)}</time> },
    { heading: t('audit.table.actor'), cell: (event) => event.actorName ?? t('audit.system') },
    { heading: t('audit.table.action'), cell: (event) => t(`audit.action.${event.action}`) },
    { heading: t('audit.table.ip'), cell: (event) => event.ip ?? t('common.none') },
    { heading: t('audit.table.details'), cell: (event) => <AuditDetails details={event.details} /> },
  ];
  return <DataTable columns={columns} rows={events} rowKey={(event) => event.id} />;
}
