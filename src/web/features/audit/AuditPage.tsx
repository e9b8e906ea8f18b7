import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { usePageTitle } from '../../components/use-page-title';
import { AuditEventList } from './AuditEventList';
import { useAuditEvents } from './audit-queries';

const pageSize = 50;

export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.audit'));
  const [searchParams, setSearchParams] = useSearchParams();
  const offset = Math.max(0, Number(searchParams.get('offset')) || 0);
  const events = useAuditEvents({ limit: pageSize, offset });

  return (
    <section>
      <h1>{t('nav.audit')}</h1>
      <p className="lead">{t('audit.intro')}</p>
      {events.isPending ? (
        <Loading />
      ) : events.isError ? (
        <LoadError error={events.error} onRetry={() => void events.refetch()} />
      ) : events.data.items.length === 0 ? (
        <p>{t('audit.empty')}</p>
      ) : (
        <>
          <div className="audit-log" aria-busy={events.isPlaceholderData}>
            <AuditEventList events={events.data.items} />
          </div>
          <Pager
            total={events.data.total}
            limit={pageSize}
            offset={offset}
            onChange={(next) => setSearchParams(next === 0 ? {} : { offset: String(next) })}
          />
        </>
      )}
    </section>
  );
}
