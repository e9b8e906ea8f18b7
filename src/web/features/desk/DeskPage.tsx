import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { canTakeIntake, deskDistricts } from '../../../shared/case-permissions.js';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { usePageTitle } from '../../components/use-page-title';
import { actorFrom } from '../auth/actor';
import { useCurrentSession } from '../auth/session-context';
import { useCaseList } from '../cases/case-queries';
import { useCaseStream } from '../cases/use-case-stream';
import { casePath, navPaths } from '../shell/nav-paths';
import { BulkActions } from './BulkActions';
import {
  caseQueryFor,
  deskSearchParams,
  hasNarrowingFilters,
  pageSize,
  parseDeskFilters,
  type DeskFilters,
} from './desk-filters';
import { FoundElsewhere } from './FoundElsewhere';
import { QueueFilters } from './QueueFilters';
import { QueueRow } from './QueueRow';
import { ShortcutsButton, ShortcutsDialog } from './ShortcutsDialog';
import { useShortcuts } from './shortcuts';

/** The queue: every open plea the person may see, most urgent first, updating by itself. */
export function DeskPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.desk'));
  const navigate = useNavigate();
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
  // The row the keyboard is on (j/k), which Enter opens.
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [isHelpOpen, setIsHelpOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const queueRef = useRef<HTMLOListElement>(null);

  const show = (next: DeskFilters) => setSearchParams(deskSearchParams(next));
  const toggle = (id: string) => {
    const ids = new Set(selectedIds);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    setSelection({ key: filterKey, ids });
  };
  const clearSelection = () => setSelection({ key: filterKey, ids: new Set() });

  /** Moves the keyboard's place in the queue by one row, and puts the focus on that case's link. */
  const move = (step: 1 | -1) => {
    if (items.length === 0) return;
    const index = items.findIndex((item) => item.id === currentId);
    const next = index === -1 ? 0 : Math.min(items.length - 1, Math.max(0, index + step));
    const item = items[next];
    if (!item) return;
    setCurrentId(item.id);
    const link = queueRef.current?.querySelector<HTMLAnchorElement>(
      `.queue-row[data-case-id="${item.id}"] a.case-reference`,
    );
    link?.focus();
    link?.scrollIntoView({ block: 'nearest' });
  };
  useShortcuts({
    '/': () => {
      searchRef.current?.focus();
      searchRef.current?.select();
    },
    j: () => move(1),
    k: () => move(-1),
    Enter: () => {
      if (currentId !== null && items.some((item) => item.id === currentId)) void navigate(casePath(currentId));
    },
    '?': () => setIsHelpOpen(true),
  });

  const isFiltered = hasNarrowingFilters(filters);
  return (
    <section className="desk">
      <div className="page-heading">
        <h1>{t('nav.desk')}</h1>
        <p className={`live-indicator live-${stream}`} role="status">
          {t(`desk.stream.${stream}`)}
        </p>
        <ShortcutsButton onOpen={() => setIsHelpOpen(true)} />
        {session.nav.includes('new_case') ? (
          <Link to={navPaths.new_case} className="button-link">
            {t('desk.newCase')}
          </Link>
        ) : null}
      </div>
      <ShortcutsDialog isOpen={isHelpOpen} onClose={() => setIsHelpOpen(false)} />
      <QueueFilters
        key={filters.q}
        filters={filters}
        onChange={show}
        districts={deskDistricts(actor)}
        searchesPhones={canWork}
        searchRef={searchRef}
      />
      {selected.length > 0 ? (
        <BulkActions selected={selected} onDone={clearSelection} onClear={clearSelection} />
      ) : null}
      {cases.isPending ? (
        <Loading />
      ) : cases.isError ? (
        <LoadError error={cases.error} onRetry={() => void cases.refetch()} />
      ) : items.length === 0 ? (
        <div className="queue-empty-block">
          <p className="queue-empty" data-empty={isFiltered ? 'filtered' : 'queue'}>
            {isFiltered ? t('desk.empty') : t('desk.emptyQueue')}
          </p>
          {filters.q !== '' && filters.status === 'open' ? <FoundElsewhere filters={filters} /> : null}
        </div>
      ) : (
        <>
          <p className="queue-count" aria-live="polite">
            {t('desk.count', { count: cases.data.total })}
          </p>
          <ol ref={queueRef} className="queue" aria-busy={cases.isPlaceholderData} aria-label={t('desk.queueLabel')}>
            {items.map((item) => (
              <QueueRow
                key={item.id}
                item={item}
                isCurrent={item.id === currentId}
                onFocus={() => setCurrentId(item.id)}
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
