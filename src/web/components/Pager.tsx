import { useTranslation } from 'react-i18next';

interface PagerProps {
  total: number;
  limit: number;
  offset: number;
  onChange: (offset: number) => void;
}

export function Pager({ total, limit, offset, onChange }: PagerProps) {
  const { t } = useTranslation();
  if (total === 0) return null;
  const from = offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <button
        type="button"
        className="button-secondary"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - limit))}
      >
        {t('pager.previous')}
      </button>
      <p className="pager-range" aria-live="polite">
        {t('pager.range', { from, to, total })}
      </p>
      <button
        type="button"
        className="button-secondary"
        disabled={to >= total}
        onClick={() => onChange(offset + limit)}
      >
        {t('pager.next')}
      </button>
    </nav>
  );
}
