import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/use-page-title';
import { CallbackCard } from './CallbackCard';
import { useCallbacks, type CallbackListStatus } from './callbacks-queries';

const views: readonly CallbackListStatus[] = ['open', 'done'];

/** Missed calls to ring back, oldest first; the done ones one switch away. The view lives in the address. */
export function CallbacksPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.callbacks'));
  const [searchParams, setSearchParams] = useSearchParams();
  const status: CallbackListStatus = searchParams.get('status') === 'done' ? 'done' : 'open';
  const callbacks = useCallbacks(status);

  return (
    <section>
      <h1>{t('nav.callbacks')}</h1>
      <p className="lead">{t('callbacks.intro')}</p>
      <div className="view-switch" role="group" aria-label={t('callbacks.show')}>
        {views.map((view) => (
          <button
            key={view}
            type="button"
            aria-pressed={view === status}
            data-view={view}
            onClick={() => setSearchParams(view === 'open' ? {} : { status: view })}
          >
            {t(`callbacks.view.${view}`)}
          </button>
        ))}
      </div>
      {callbacks.isPending ? (
        <Loading />
      ) : callbacks.isError ? (
        <LoadError error={callbacks.error} onRetry={() => void callbacks.refetch()} />
      ) : callbacks.data.length === 0 ? (
        <p>{status === 'open' ? t('callbacks.empty') : t('callbacks.emptyDone')}</p>
      ) : (
        <ul className="cards callbacks">
          {callbacks.data.map((callback) => (
            <CallbackCard key={callback.id} callback={callback} />
          ))}
        </ul>
      )}
    </section>
  );
}
