import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { jobStates, type JobState } from '../../../shared/contracts/jobs.js';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { SelectField } from '../../components/SelectField';
import { usePageTitle } from '../../components/use-page-title';
import { JobCountsTable, QueueDepthsTable } from './JobSummaries';
import { JobsTable } from './JobsTable';
import { useJobs } from './jobs-queries';

/** The state shown lives in the address, so a link or a reload shows the same runs. */
const stateParam = 'state';
const isState = (value: string | null): value is JobState => jobStates.some((s) => s === value);

/** Background work for admins: the queues' depth, each job's runs by state, and the recent runs with errors. */
export function JobsPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.jobs'));
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get(stateParam);
  const state = isState(requested) ? requested : '';
  const jobs = useJobs({ state });

  return (
    <section>
      <h1>{t('nav.jobs')}</h1>
      <p className="lead">{t('jobs.intro')}</p>
      {jobs.isPending ? (
        <Loading />
      ) : jobs.isError ? (
        <LoadError error={jobs.error} onRetry={() => void jobs.refetch()} />
      ) : (
        <>
          <h2>{t('jobs.queues.heading')}</h2>
          <div className="table-box">
            <QueueDepthsTable queues={jobs.data.queues} />
          </div>
          <h2>{t('jobs.counts.heading')}</h2>
          {jobs.data.counts.length === 0 ? (
            <p>{t('jobs.empty')}</p>
          ) : (
            <div className="table-box">
              <JobCountsTable counts={jobs.data.counts} />
            </div>
          )}
          <h2>{t('jobs.recent.heading')}</h2>
          <div className="field-row">
            <SelectField
              label={t('jobs.filter.state')}
              name={stateParam}
              value={state}
              onChange={(event) =>
                setSearchParams(event.target.value === '' ? {} : { [stateParam]: event.target.value })
              }
            >
              <option value="">{t('jobs.filter.all')}</option>
              {jobStates.map((s) => (
                <option key={s} value={s}>
                  {t(`jobs.state.${s}`)}
                </option>
              ))}
            </SelectField>
          </div>
          {jobs.data.items.length === 0 ? (
            <p>{t('jobs.empty')}</p>
          ) : (
            <div className="table-box" aria-busy={jobs.isPlaceholderData}>
              <JobsTable jobs={jobs.data.items} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
