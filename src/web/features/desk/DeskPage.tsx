import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { canTakeIntake, deskDistricts } from '../../../shared/case-permissions.js';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { usePageTitle } from '../../components/use-page-title';
import { actorFrom } from '../auth/actor';
import { useCurrentSession } from '../auth/session-context';
import { useCaseList } from '../cases/case-queries';
import { useCaseStream } from '../cases/use-case-stream';
import { navPaths } from '../shell/nav-paths';
import { BulkActions } from './BulkActions';
import { caseQueryFor, deskSearchParams, pageSize, parseDeskFilters, type DeskFilters } from './desk-filters';
import { QueueFilters } from './QueueFilters';
import { QueueRow } from './QueueRow';

/** The queue: every open plea the person may see, most urgent first, updating by itself. */
export function DeskPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.desk'));
  const session = useCurrentSession();
  const actor = actorFrom(session);
  const canWork = canTakeIntake(actor);
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseDeskFilters(searchParams);
  const filterKey = deskSearchParams(filters).toString();
  const cases = useCaseList(caseQueryFor(filters));
  const stream = useCaseStream();
  // A selection belongs to the list it was made in: new filters start a new one.
  const [selection, setSelection] = useState<{ key: string; ids: ReadonlySet<string> }>({ key: '', ids: new Set() });
  const selectedIds = selection.key === filterKey ? selection.ids : new Set<string>();
  const items = cases.data?.items ?? [];
  const selected = items.filter((item) => selectedIds.has(item.id));

  const show = (next: DeskFilters) => setSearchParams(deskSearchParams(next));
  const toggle = (id: string) => {
    const ids = new Set(selectedIds);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    setSelection({ key: filterKey, ids });
  };
  const clearSelection = () => setSelection({ key: filterKey, ids: new Set() });

  return (
    <section className="desk">
      <div className="page-heading">
        <h1>{t('nav.desk')}</h1>
        <p className={`live-indicator live-${stream}`} role="status">
          {t(`desk.stream.${stream}`)}
        </p>
        {session.nav.includes('new_case') ? (
          <Link to={navPaths.new_case} className="button-link">
            {t('desk.newCase')}
          </Link>
        ) : null}
      </div>
      <QueueFilters key={filters.q} filters={filters} onChange={show} districts={deskDistricts(actor)} />
      {selected.length > 0 ? (
        <BulkActions selected={selected} onDone={clearSelection} onClear={clearSelection} />
      ) : null}
      {cases.isPending ? (
        <Loading />
      ) : cases.isError ? (
        <LoadError error={cases.error} onRetry={() => void cases.refetch()} />
      ) : items.length === 0 ? (
        <p className="queue-empty">{t('desk.empty')}</p>
      ) : (
        <>
          <p className="queue-count" aria-live="polite">
            {t('desk.count', { count: cases.data.total })}
          </p>
          <ol className="queue" aria-busy={cases.isPlaceholderData} aria-label={t('desk.queueLabel')}>
            {items.map((item) => (
              <QueueRow
                key={item.id}
                item={item}
                {...(canWork
                  ? { selection: { isSelected: selectedIds.has(item.id), onToggle: () => toggle(item.id) } }
                  : {})}
              />
            ))}
          </ol>
          <Pager
            total={cases.data.total}
            limit={pageSize}
            offset={filters.offset}
            onChange={(offset) => show({ ...filters, offset })}
          />
        </>
      )}
    </section>
  );
}
