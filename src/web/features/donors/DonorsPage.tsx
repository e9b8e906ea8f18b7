import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { usePageTitle } from '../../components/use-page-title';
import { actorFrom } from '../auth/actor';
import { useCurrentSession } from '../auth/session-context';
import { donorPaths } from '../shell/nav-paths';
import { DonorCard } from './DonorCard';
import { DonorFiltersForm } from './DonorFiltersForm';
import { donorPageSize, donorQueryFor, donorSearchParams, parseDonorFilters, type DonorFilters } from './donor-filters';
import { useDonorList } from './donors-queries';
import { healthDistricts, mayImportDonors } from './donor-reach';

/** The donor registry of the organisations and districts this person works in. */
export function DonorsPage() {
  const { t } = useTranslation();
  usePageTitle(t('donors.title'));
  const session = useCurrentSession();
  const actor = actorFrom(session);
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseDonorFilters(searchParams);
  const donors = useDonorList(donorQueryFor(filters));
  const show = (next: DonorFilters) => setSearchParams(donorSearchParams(next));
  const isFiltered = donorSearchParams({ ...filters, offset: 0 }).toString() !== '';

  return (
    <section className="donors">
      <div className="page-heading">
        <h1>{t('donors.title')}</h1>
        <div className="form-actions">
          <Link to={donorPaths.new} className="button-link">
            {t('donors.register')}
          </Link>
          {mayImportDonors(session, actor) ? (
            <Link to={donorPaths.import} className="button-link button-link-secondary">
              {t('donors.import.link')}
            </Link>
          ) : null}
        </div>
      </div>
      <p className="lead">{t('donors.intro')}</p>
      <DonorFiltersForm key={filters.q} filters={filters} onChange={show} districts={healthDistricts(actor)} />
      {donors.isPending ? (
        <Loading />
      ) : donors.isError ? (
        <LoadError error={donors.error} onRetry={() => void donors.refetch()} />
      ) : donors.data.items.length === 0 ? (
        <p className="donors-empty" data-empty={isFiltered ? 'filtered' : 'registry'}>
          {isFiltered ? t('donors.emptyFiltered') : t('donors.empty')}
        </p>
      ) : (
        <>
          <p className="queue-count" aria-live="polite">
            {t('donors.count', { count: donors.data.total })}
          </p>
          <ul className="donor-rows" aria-busy={donors.isPlaceholderData} aria-label={t('donors.listLabel')}>
            {donors.data.items.map((donor) => (
              <DonorCard key={donor.id} donor={donor} />
            ))}
          </ul>
          <Pager
            total={donors.data.total}
            limit={donorPageSize}
            offset={filters.offset}
            onChange={(offset) => show({ ...filters, offset })}
          />
        </>
      )}
    </section>
  );
}
