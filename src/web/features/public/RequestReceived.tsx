import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { statusPath } from '../shell/nav-paths';
import type { StatusLinkState } from './StatusPage';

interface RequestReceivedProps {
  created: { reference: string; attached: boolean };
  phoneLast4: string;
  onAnother: () => void;
}

/** The reference, big enough to copy onto paper, and the way back to see what happened. */
export function RequestReceived({ created, phoneLast4, onAnother }: RequestReceivedProps) {
  const { t } = useTranslation();
  return (
    <section className="public-page request-received" aria-live="polite">
      <h1>{t('help.done.heading')}</h1>
      <p>{t('help.done.reference')}</p>
      <p className="reference-large" data-reference={created.reference}>
        {created.reference}
      </p>
      <p>{t('help.done.keep')}</p>
      {created.attached ? <p className="success">{t('help.done.attached')}</p> : null}
      <p className="form-actions">
        <Link
          to={statusPath(created.reference)}
          state={{ phoneLast4 } satisfies StatusLinkState}
          className="button-link"
        >
          {t('help.done.statusLink')}
        </Link>
        <button type="button" className="button-secondary" onClick={onAnother}>
          {t('help.done.another')}
        </button>
      </p>
    </section>
  );
}
