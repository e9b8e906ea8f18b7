import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useFormatDate } from '../../components/use-format-date';
import { usePageTitle } from '../../components/use-page-title';
import { NotFoundPage } from '../shell/NotFoundPage';
import { useItemKindText } from './ItemName';
import { useSponsorPublic } from './sponsors-queries';
import './lending.css';

/** A sponsor's own page, by their private link and without signing in: counts only, never a patient. */
export function SponsorPublicPage() {
  const { t } = useTranslation();
  usePageTitle(t('lending.sponsorPage.title'));
  const { token = '' } = useParams();
  const page = useSponsorPublic(token);
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const kindText = useItemKindText();
  if (page.isPending) return <Loading />;
  if (page.isError) {
    return isApiError(page.error, 'not_found') ? (
      <NotFoundPage />
    ) : (
      <LoadError error={page.error} onRetry={() => void page.refetch()} />
    );
  }
  const { figures } = page.data;
  const cards = [
    ['items', figures.items],
    ['loansServed', figures.loansServed],
    ['loansOut', figures.loansOut],
    ['patientsServed', figures.patientsServed],
    ['itemsLost', figures.itemsLost],
  ] as const;
  return (
    <section className="sponsor-public">
      <h1>{t('lending.sponsorPage.heading', { sponsor: page.data.sponsorName })}</h1>
      <p className="lead">{t('lending.sponsorPage.intro', { organisation: page.data.organisationName })}</p>
      <div className="lending-figures-grid">
        {cards.map(([key, value]) => (
          <p key={key} className="lending-figure" data-figure={key}>
            <strong>{value}</strong>
            {t(`lending.figures.${key}`)}
          </p>
        ))}
      </div>
      <ul className="plain-list">
        {page.data.items.map((item) => (
          <li key={item.label} className="lending-loan-line">
            <strong>{item.label}</strong> {kindText({ ...item, gasLitres: null })}{' '}
            <span className="field-hint">{t('lending.sponsorPage.itemServed', { count: item.loansServed })}</span>{' '}
            {item.out ? <span className="badge">{t('lending.sponsorPage.out')}</span> : null}
          </li>
        ))}
      </ul>
      <p className="field-hint">{t('lending.sponsorPage.asOf', { time: formatTime(page.data.asOf) })}</p>
    </section>
  );
}
