import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/use-page-title';
import { useItemKindText } from './ItemName';
import { LendingNav } from './LendingNav';
import { QrCode } from './QrCode';
import { useLabelSheet } from './equipment-queries';
import './lending.css';

/** A printable sheet of QR labels (a depot's, or the items listed): scanning one on a phone opens the item. */
export function LabelsPage() {
  const { t } = useTranslation();
  usePageTitle(t('lending.labels.heading'));
  const [search] = useSearchParams();
  const depotId = search.get('depotId') ?? undefined;
  const ids = search.get('ids') ?? undefined;
  const sheet = useLabelSheet({ depotId, ids });
  const kindText = useItemKindText();
  return (
    <section>
      <h1 className="no-print">{t('lending.labels.heading')}</h1>
      <LendingNav />
      {!depotId && !ids ? (
        <p>{t('lending.labels.choose')}</p>
      ) : sheet.isPending ? (
        <Loading />
      ) : sheet.isError ? (
        <LoadError error={sheet.error} onRetry={() => void sheet.refetch()} />
      ) : (
        <>
          <p className="no-print">
            <button type="button" onClick={() => window.print()}>
              {t('lending.labels.print')}
            </button>
          </p>
          <ul className="plain-list label-sheet">
            {sheet.data.labels.map((label) => (
              <li key={label.itemId} className="qr-label" data-label={label.label}>
                <QrCode text={label.scanUrl} label={t('lending.labels.qrOf', { label: label.label })} />
                <p>
                  <strong>{label.label}</strong>
                </p>
                <p>{kindText(label)}</p>
                <p className="field-hint">
                  {label.organisationName}
                  {t('common.dotSeparator')}
                  {label.depotName}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
