import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './ProblemAlert';

/** A query that failed: what went wrong, and a way to try again without reloading the page. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="load-error">
      <ProblemAlert error={error} />
      <button type="button" className="button-secondary" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
