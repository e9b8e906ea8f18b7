// Thalassemia care and camps beside the blood figures (issue #14, part 5): camps held with units collected against
// their targets, children served, and transfusions met on time — the numbers the API and its CSV carry, as counted
// by the server (domain/thalassemia/report.ts); this only shows them.
import { useTranslation } from 'react-i18next';
import type { BloodFigures, CareFigures as CareFiguresData } from '../../../shared/contracts/blood-reports.js';
import { useFormatDate } from '../../components/use-format-date';
import { useFormatNumber } from '../../components/use-format-number';

type Care = CareFiguresData;

function CareTiles({ care }: { care: Care }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const { camps, transfusions } = care;
  const decided = transfusions.due - transfusions.pending;
  const tiles = [
    {
      key: 'camps',
      value: camps.held,
      label: t('bloodFigures.care.campsHeld'),
      detail: t('bloodFigures.care.unitsOfTarget', {
        collected: formatNumber(camps.unitsCollected),
        target: formatNumber(camps.targetUnits),
      }),
    },
    { key: 'children', value: care.childrenServed, label: t('bloodFigures.care.childrenServed'), detail: null },
    {
      key: 'on_time',
      value: transfusions.onTime,
      label: t('bloodFigures.care.onTime'),
      detail:
        transfusions.onTimePercent === null
          ? t('bloodFigures.care.noneDecided')
          : t('bloodFigures.care.onTimeOf', {
              decided: formatNumber(decided),
              percent: formatNumber(transfusions.onTimePercent),
            }),
    },
  ];
  return (
    <ul className="overview-stats figures-tiles" aria-label={t('bloodFigures.care.heading')}>
      {tiles.map((tile) => (
        <li key={tile.key} className="figures-tile" data-figure={tile.key} data-value={tile.value}>
          <span className="overview-count">{formatNumber(tile.value)}</span>
          <span className="overview-label">{tile.label}</span>
          {tile.detail ? <span className="field-hint">{tile.detail}</span> : null}
        </li>
      ))}
    </ul>
  );
}

const timelinessRows = ['onTime', 'late', 'missed', 'overdue', 'pending'] as const;

function TransfusionTable({ care }: { care: Care }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const { transfusions } = care;
  return (
    <table className="overview-districts figures-table" data-testid="care-transfusions">
      <caption>{t('bloodFigures.care.transfusions')}</caption>
      <tbody>
        <tr data-figure="due">
          <th scope="row">{t('bloodFigures.care.due')}</th>
          <td>{formatNumber(transfusions.due)}</td>
        </tr>
        {timelinessRows.map((row) => (
          <tr key={row} data-figure={row}>
            <th scope="row">{t(`bloodFigures.care.timeliness.${row}`)}</th>
            <td>{formatNumber(transfusions[row])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CampTable({ care }: { care: Care }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const formatDate = useFormatDate({ day: 'numeric', month: 'short', year: 'numeric' });
  return (
    <table className="overview-districts figures-table" data-testid="care-camps">
      <caption>{t('bloodFigures.care.campsHeld')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('bloodFigures.care.camp')}</th>
          <th scope="col">{t('bloodFigures.care.came')}</th>
          <th scope="col">{t('bloodFigures.care.deferred')}</th>
          <th scope="col">{t('bloodFigures.care.collected')}</th>
        </tr>
      </thead>
      <tbody>
        {care.camps.list.map((camp) => (
          <tr key={camp.id} data-camp={camp.id}>
            <th scope="row">
              {camp.title}
              <div className="field-hint">
                {camp.venue}
                {' · '}
                {formatDate(`${camp.day}T12:00:00+05:30`)}
              </div>
            </th>
            <td>{formatNumber(camp.came)}</td>
            <td>{formatNumber(camp.deferred)}</td>
            <td>
              {t('bloodFigures.care.collectedOfTarget', {
                collected: formatNumber(camp.unitsCollected),
                target: formatNumber(camp.targetUnits),
              })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Camps, children and their transfusions in the period and reach of the figures above. */
export function CareFigures({ figures }: { figures: BloodFigures }) {
  const { t } = useTranslation();
  const { care } = figures;
  const empty = care.camps.held === 0 && care.transfusions.due === 0 && care.childrenServed === 0;
  return (
    <section className="panel care-figures" data-testid="care-figures" aria-labelledby="care-figures-heading">
      <h2 id="care-figures-heading">{t('bloodFigures.care.heading')}</h2>
      {empty ? (
        <p>{t('bloodFigures.care.none')}</p>
      ) : (
        <>
          <CareTiles care={care} />
          <p className="field-hint">{t('bloodFigures.care.graceRule', { count: care.transfusions.graceDays })}</p>
          <div className="figures-charts">
            {care.transfusions.due > 0 ? <TransfusionTable care={care} /> : null}
            {care.camps.list.length > 0 ? <CampTable care={care} /> : null}
          </div>
        </>
      )}
    </section>
  );
}
