import { useTranslation } from 'react-i18next';
import type { JobCounts } from '../../../shared/contracts/jobs.js';
import type { QueueStats } from '../../../shared/contracts/channels.js';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { JobName } from './JobName';

/** How many runs of each job are in each state. */
export function JobCountsTable({ counts }: { counts: readonly JobCounts[] }) {
  const { t } = useTranslation();
  const columns: DataColumn<JobCounts>[] = [
    { heading: t('jobs.table.name'), cell: (row) => <JobName name={row.name} /> },
    { heading: t('jobs.state.queued'), cell: (row) => row.queued },
    { heading: t('jobs.state.running'), cell: (row) => row.running },
    { heading: t('jobs.state.done'), cell: (row) => row.done },
    { heading: t('jobs.state.failed'), cell: (row) => row.failed },
  ];
  return <DataTable columns={columns} rows={counts} rowKey={(row) => row.name} />;
}

interface QueueRow {
  queue: 'inbox' | 'outbox';
  pending: number;
  failed: number;
}

/** The queue workers' own tables: messages waiting to be processed or sent, and those set aside. */
export function QueueDepthsTable({ queues }: { queues: QueueStats }) {
  const { t } = useTranslation();
  const rows: QueueRow[] = [
    { queue: 'inbox', pending: queues.inbox.pending, failed: queues.inbox.failed },
    { queue: 'outbox', pending: queues.outbox.pending + queues.outbox.sending, failed: queues.outbox.failed },
  ];
  const columns: DataColumn<QueueRow>[] = [
    { heading: t('jobs.queues.queue'), cell: (row) => t(`jobs.queues.${row.queue}`) },
    { heading: t('jobs.queues.pending'), cell: (row) => row.pending },
    { heading: t('jobs.queues.failed'), cell: (row) => row.failed },
  ];
  return <DataTable columns={columns} rows={rows} rowKey={(row) => row.queue} />;
}
