import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { PublicStatusView } from '../../../shared/contracts/public.js';
import { isApiError } from '../../api/api-error';
import { minutesSince } from '../../components/duration';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { TextField } from '../../components/TextField';
import { useFormatDate } from '../../components/use-format-date';
import { useFormatDuration } from '../../components/use-format-duration';
import { useNowEachMinute } from '../../components/use-now';
import { usePageTitle } from '../../components/use-page-title';
import { publicPaths, statusPath } from '../shell/nav-paths';
import { usePublicStatus } from './public-queries';
import { digits } from '../../components/form-values';

/**
 * The last four digits travel in the page's history state, never in its address: a shared or logged link
 * then shows nothing without them.
 */
export interface StatusLinkState {
  phoneLast4: string;
}

const last4From = (state: unknown): string =>
  typeof state === 'object' && state !== null && 'phoneLast4' in state && typeof state.phoneLast4 === 'string'
    ? state.phoneLast4
    : '';

const fields = { reference: 'reference', phoneLast4: 'phoneLast4' } as const;

/** "Where is my request?": reference and the last four digits of the phone, and nothing about anyone. */
export function StatusPage() {
  const { t } = useTranslation();
  usePageTitle(t('status.title'));
  const { reference = '' } = useParams();
  const location = useLocation();
  const phoneLast4 = last4From(location.state);
  const status = usePublicStatus(reference, phoneLast4);
  const isNotFound = status.isError && isApiError(status.error, 'not_found');

  return (
    <section className="public-page status-page">
      {reference !== '' && phoneLast4 !== '' && !isNotFound ? (
        status.isPending ? (
          <Loading />
        ) : status.isError ? (
          <LoadError error={status.error} onRetry={() => void status.refetch()} />
        ) : (
          <StatusView view={status.data} />
        )
      ) : (
        <>
          <h1>{t('status.title')}</h1>
          <p className="lead">{t('status.intro')}</p>
          {isNotFound ? (
            <div className="problem" role="alert">
              <p className="problem-title">{t('status.notFound')}</p>
            </div>
          ) : null}
          <StatusLookupForm key={`${reference}-${phoneLast4}`} initialReference={reference} />
        </>
      )}
      <p className="public-links">
        <Link to={publicPaths.help}>{t('status.askHelp')}</Link>
      </p>
    </section>
  );
}

function StatusLookupForm({ initialReference }: { initialReference: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [reference, setReference] = useState(initialReference);
  const [last4, setLast4] = useState('');
  const [isIncomplete, setIsIncomplete] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const normalised = reference.trim().toUpperCase();
    if (normalised === '' || last4.length !== 4) {
      setIsIncomplete(true);
      return;
    }
    void navigate(statusPath(normalised), { state: { phoneLast4: last4 } satisfies StatusLinkState });
  };
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <TextField
        label={t('status.reference')}
        hint={t('status.referenceHint', { example: 'KNP-4F7Q' })}
        name={fields.reference}
        value={reference}
        onChange={(event) => setReference(event.target.value)}
        error={isIncomplete && reference.trim() === '' ? t('status.referenceMissing') : undefined}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
      />
      <TextField
        label={t('status.last4')}
        name={fields.phoneLast4}
        inputMode="numeric"
        value={last4}
        onChange={(event) => setLast4(digits(event.target.value, 4))}
        error={isIncomplete && last4.length !== 4 ? t('status.last4Missing') : undefined}
        autoComplete="off"
      />
      <div className="form-actions">
        <button type="submit">{t('status.submit')}</button>
      </div>
    </form>
  );
}

function StatusView({ view }: { view: PublicStatusView }) {
  const { t } = useTranslation();
  const now = useNowEachMinute();
  const formatDuration = useFormatDuration();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const isDone = view.status === 'fulfilled' || view.status === 'closed';
  // While it is open, keep counting from when they asked; once done, the server's figure is final.
  const minutes = isDone ? view.minutes : Math.max(view.minutes, minutesSince(view.requestedAt, now));
  const duration = formatDuration(minutes);
  return (
    <div className="status-view" data-status={view.status}>
      <h1>{t('status.heading', { reference: view.reference })}</h1>
      <p className={`status-words status-${view.status}`}>{t(`publicStatus.${view.status}`)}</p>
      <p className="status-time" data-minutes={minutes}>
        {view.status === 'fulfilled'
          ? t('status.took', { duration })
          : view.status === 'closed'
            ? t('status.closedAfter', { duration })
            : t('status.waiting', { duration })}
      </p>
      <p className="field-hint">{t('status.requestedAt', { time: formatTime(view.requestedAt) })}</p>
      <p>
        <Link to={publicPaths.status}>{t('status.another')}</Link>
      </p>
    </div>
  );
}
