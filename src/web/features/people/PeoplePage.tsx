import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { usePageTitle } from '../../components/use-page-title';
import { AddPersonForm } from './AddPersonForm';
import { PeopleSearch } from './PeopleSearch';
import { PeopleTable } from './PeopleTable';
import { usePeople } from './people-queries';

const pageSize = 20;

/** Search and page live in the address, so a list can be shared, reloaded and gone back to. */
export function PeoplePage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.people'));
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const offset = Math.max(0, Number(searchParams.get('offset')) || 0);
  const people = usePeople({ limit: pageSize, offset, q });
  const [isAdding, setIsAdding] = useState(false);

  const show = (next: { q: string; offset: number }) =>
    setSearchParams({
      ...(next.q === '' ? {} : { q: next.q }),
      ...(next.offset === 0 ? {} : { offset: String(next.offset) }),
    });

  return (
    <section>
      <div className="page-heading">
        <h1>{t('nav.people')}</h1>
        {isAdding ? null : (
          <button type="button" onClick={() => setIsAdding(true)}>
            {t('people.add')}
          </button>
        )}
      </div>
      {isAdding ? <AddPersonForm onCancel={() => setIsAdding(false)} /> : null}
      {/* Keyed by the query, so going back in history puts the old query in the box too. */}
      <PeopleSearch key={q} initial={q} onSearch={(next) => show({ q: next, offset: 0 })} />
      {people.isPending ? (
        <Loading />
      ) : people.isError ? (
        <LoadError error={people.error} onRetry={() => void people.refetch()} />
      ) : people.data.items.length === 0 ? (
        <p>{q === '' ? t('people.empty') : t('people.noMatches', { q })}</p>
      ) : (
        <>
          <div className="table-box" aria-busy={people.isPlaceholderData}>
            <PeopleTable people={people.data.items} />
          </div>
          <Pager
            total={people.data.total}
            limit={pageSize}
            offset={offset}
            onChange={(next) => show({ q, offset: next })}
          />
        </>
      )}
    </section>
  );
}
