import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CampDetail, CampReport } from '../../../shared/contracts/camps.js';
import { campRegistrationSources, donorCategories, donorProducts } from '../../../shared/enums.js';
import { campDeferralReasons } from '../../../shared/contracts/camps.js';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useFormatNumber } from '../../components/use-format-number';
import { usePageTitle } from '../../components/use-page-title';
import { NotFoundPage } from '../shell/NotFoundPage';
import { CampLoader, isMissing } from './CampLoader';
import { CampStateBadge } from './CampStateBadge';
import { campPath, campReportCsvUrl } from './camps-paths';
import { useCampReport } from './camps-queries';
import { campLink } from './field-names';
import { useCampTimes } from './use-camp-times';
import './camps.css';

/** The camp's report: who registered and came, who gave and who was deferred, units by product, donors by category. */
export function CampReportPage() {
  const { id = '' } = useParams();
  return <CampLoader id={id}>{(camp) => (camp.can.readReport ? <Report camp={camp} /> : <NotFoundPage />)}</CampLoader>;
}

function Report({ camp }: { camp: CampDetail }) {
  const { t } = useTranslation();
  usePageTitle(t('camps.report.title', { title: camp.title }));
  const report = useCampReport(camp.id);
  const times = useCampTimes();
  return (
    <section className="camps camp-report">
      <p>
        <Link to={campPath(camp.id)}>{t('camps.backToCamp')}</Link>
      </p>
      <h1>{t('camps.report.title', { title: camp.title })}</h1>
      <p className="camp-heading-line">
        <CampStateBadge state={camp.state} registrationOpen={camp.registrationOpen} />{' '}
        <span>{times.when(camp.startsAt, camp.endsAt)}</span>
      </p>
      <p>
        <a
          href={campReportCsvUrl(camp.id)}
          className="button-link button-link-secondary"
          download
          data-link={campLink.csv}
        >
          {t('camps.report.csv')}
        </a>
      </p>
      {report.isPending ? (
        <Loading />
      ) : report.isError ? (
        isMissing(report.error) ? (
          <NotFoundPage />
        ) : (
          <LoadError error={report.error} onRetry={() => void report.refetch()} />
        )
      ) : (
        <ReportFigures report={report.data} />
      )}
    </section>
  );
}

function ReportFigures({ report }: { report: CampReport }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const headline = [
    ['registered', report.registered],
    ['came', report.came],
    ['donated', report.donated],
    ['deferred', report.deferred],
    ['noShow', report.noShow],
  ] as const;
  const reasons = campDeferralReasons.filter((r) => (report.deferralsByReason[r] ?? 0) > 0);
  const sources = campRegistrationSources.filter((s) => (report.registeredBySource[s] ?? 0) > 0);
  return (
    <>
      <div className="camp-figures" role="group" aria-label={t('camps.report.headline')}>
        {headline.map(([key, value]) => (
          <p key={key} className="camp-figure" data-report={key} data-value={value}>
            <strong>{formatNumber(value)}</strong> {t(`camps.report.${key}`)}
          </p>
        ))}
        <p className="camp-figure" data-report="target" data-value={report.unitsCollected}>
          <strong>
            {t('camps.detail.unitsOfTarget', {
              units: formatNumber(report.unitsCollected),
              target: formatNumber(report.targetUnits),
            })}
          </strong>{' '}
          {t('camps.report.target', { percent: formatNumber(report.targetPercent) })}
        </p>
      </div>
      <div className="camp-report-tables">
        <section className="panel" aria-labelledby="report-products">
          <h2 id="report-products">{t('camps.report.unitsByProduct')}</h2>
          <dl className="facts camp-facts">
            {donorProducts.map((product) => (
              <Row
                key={product}
                label={t(`blood.product.${product}`)}
                value={report.unitsByProduct[product]}
                data={product}
              />
            ))}
          </dl>
        </section>
        <section className="panel" aria-labelledby="report-categories">
          <h2 id="report-categories">{t('camps.report.donorsByCategory')}</h2>
          <dl className="facts camp-facts">
            {donorCategories.map((category) => (
              <Row
                key={category}
                label={t(`donors.category.${category}`)}
                value={report.donorsByCategory[category]}
                data={category}
              />
            ))}
          </dl>
        </section>
        {reasons.length > 0 ? (
          <section className="panel" aria-labelledby="report-deferrals">
            <h2 id="report-deferrals">{t('camps.report.deferralsByReason')}</h2>
            <dl className="facts camp-facts">
              {reasons.map((reason) => (
                <Row
                  key={reason}
                  label={t(`camps.deferralReason.${reason}`)}
                  value={report.deferralsByReason[reason] ?? 0}
                  data={reason}
                />
              ))}
            </dl>
          </section>
        ) : null}
        {sources.length > 0 ? (
          <section className="panel" aria-labelledby="report-sources">
            <h2 id="report-sources">{t('camps.report.registeredBySource')}</h2>
            <dl className="facts camp-facts">
              {sources.map((source) => (
                <Row
                  key={source}
                  label={t(`camps.source.${source}`)}
                  value={report.registeredBySource[source] ?? 0}
                  data={source}
                />
              ))}
            </dl>
          </section>
        ) : null}
      </div>
    </>
  );
}

function Row({ label, value, data }: { label: string; value: number; data: string }) {
  const formatNumber = useFormatNumber();
  return (
    <>
      <dt>{label}</dt>
      <dd data-row={data} data-value={value}>
        {formatNumber(value)}
      </dd>
    </>
  );
}
