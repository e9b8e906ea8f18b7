import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LendingFiguresView } from '../../../shared/contracts/lending-figures.js';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { TextField } from '../../components/TextField';
import { useFormatDate } from '../../components/use-format-date';
import { useFormatNumber } from '../../components/use-format-number';
import { usePageTitle } from '../../components/use-page-title';
import { FigureChart } from '../blood-reports/FigureChart';
import { useLendingFigures } from './figures-queries';
import { depotRowHeight, depotStatusChart } from './lending-figure-chart';
import { field } from './field-names';
import './lending.css';

/** Items by status per depot, loans out, overdue, average loan days, patients served, losses, hand-over time. */
export function LendingFiguresPage() {
  const { t } = useTranslation();
  usePageTitle(t('lending.nav.figures'));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const figures = useLendingFigures({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
  return (
    <section>
      <h1>{t('lending.nav.figures')}</h1>
      <div className="field-row panel">
        <TextField
          label={t('lending.figures.from')}
          type="date"
          name={field.from}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <TextField
          label={t('lending.figures.to')}
          type="date"
          name={field.to}
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
      </div>
      {figures.isPending ? (
        <Loading />
      ) : figures.isError ? (
        <LoadError error={figures.error} onRetry={() => void figures.refetch()} />
      ) : (
        <FiguresView figures={figures.data} />
      )}
    </section>
  );
}

function FiguresView({ figures }: { figures: LendingFiguresView }) {
  const { t, i18n } = useTranslation();
  const formatNumber = useFormatNumber();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const none = t('common.none');
  const cards = [
    ['itemsTotal', formatNumber(figures.itemsTotal)],
    ['loansOut', formatNumber(figures.loansOut)],
    ['overdue', formatNumber(figures.overdue)],
    ['returned', formatNumber(figures.returned)],
    [
      'averageLoanDays',
      figures.averageLoanDays === null ? none : formatNumber(Math.round(figures.averageLoanDays * 10) / 10),
    ],
    ['patientsServed', formatNumber(figures.patientsServed)],
    ['itemsLost', formatNumber(figures.itemsLost)],
    ['loansLost', formatNumber(figures.loansLost)],
    [
      'medianMinutesToHandOver',
      figures.medianMinutesToHandOver === null ? none : formatNumber(figures.medianMinutesToHandOver),
    ],
  ] as const;
  const option = useMemo(
    () =>
      depotStatusChart(figures, {
        status: (status) => t(`lending.status.${status}`),
        fontFamily: getComputedStyle(document.body).fontFamily,
      }),
    // The words follow the language on screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [figures, i18n.language],
  );
  return (
    <>
      <div className="lending-figures-grid">
        {cards.map(([key, value]) => (
          <p key={key} className="lending-figure" data-figure={key}>
            <strong>{value}</strong>
            {t(`lending.figures.${key}`)}
          </p>
        ))}
      </div>
      {figures.depots.length > 0 ? (
        <section className="panel" aria-labelledby="lending-depot-chart">
          <h2 id="lending-depot-chart">{t('lending.figures.byDepot')}</h2>
          <FigureChart
            label={t('lending.figures.byDepot')}
            option={option}
            height={Math.max(160, 70 + figures.depots.length * depotRowHeight)}
            testId={field.depotChart}
          />
        </section>
      ) : null}
      <p className="field-hint">{t('lending.figures.asOf', { time: formatTime(figures.asOf) })}</p>
    </>
  );
}
