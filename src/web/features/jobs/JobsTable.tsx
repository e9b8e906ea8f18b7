import { useTranslation } from 'react-i18next';
import type { JobView } from '../../../shared/contracts/jobs.js';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { useFormatDate } from '../../components/use-format-date';
import { JobName } from './JobName';

/** Recent runs, newest first; a failed attempt's error stays visible after a retry succeeds. */
export function JobsTable({ jobs }: { jobs: readonly JobView[] }) {
  const { t } = useTranslation();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'medium' });
  const time = (iso: string | null) => (iso ? <time dateTime={iso}>{formatTime(iso)}</time> : t('common.none'));
  const columns: DataColumn<JobView>[] = [
    { heading: t('jobs.table.name'), cell: (job) => <JobName name={job.name} /> },
    { heading: t('jobs.table.state'), cell: (job) => t(`jobs.state.${job.state}`) },
    {
      heading: t('jobs.table.attempts'),
      cell: (job) => t('jobs.attemptsOf', { attempts: job.attempts, max: job.maxAttempts }),
    },
    { heading: t('jobs.table.runAt'), cell: (job) => time(job.runAt) },
    { heading: t('jobs.table.startedAt'), cell: (job) => time(job.startedAt) },
    { heading: t('jobs.table.finishedAt'), cell: (job) => time(job.finishedAt) },
    { heading: t('jobs.table.lastError'), cell: (job) => job.lastError ?? t('common.none') },
  ];
  return (
    <DataTable
      columns={columns}
      rows={jobs}
      rowKey={(job) => job.id}
      rowData={(job) => ({ 'data-state': job.state })}
    />
  );
}
