import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OverviewView } from '../../../shared/contracts/overview.js';
import { useFormatNumber } from '../../components/use-format-number';
import { useLocalName } from '../../components/use-local-name';
import { deskLink } from './desk-link';

/** A phone's screenful: the most urgent districts first, the rest one tap away. */
const shownAtFirst = 10;

type DistrictCounts = OverviewView['byDistrict'][number];

/**
 * Open, critical and overdue cases per district, one line each, most urgent first: a compact table that stays a
 * table on a phone (four short columns fit in 360 px), every number opening that district's queue.
 */
export function DistrictSummary({ districts }: { districts: readonly DistrictCounts[] }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const formatNumber = useFormatNumber();
  const [showsAll, setShowsAll] = useState(false);
  const shown = showsAll ? districts : districts.slice(0, shownAtFirst);

  const count = (value: number, to: string) =>
    value === 0 ? <span className="overview-zero">{formatNumber(0)}</span> : <Link to={to}>{formatNumber(value)}</Link>;

  return (
    <section className="district-summary" aria-labelledby="district-summary-heading">
      <h2 id="district-summary-heading">{t('home.overview.byDistrict')}</h2>
      <table className="overview-districts">
        <thead>
          <tr>
            <th scope="col">{t('home.overview.district')}</th>
            <th scope="col">{t('home.overview.open')}</th>
            <th scope="col">{t('priority.critical')}</th>
            <th scope="col">{t('home.overview.overdueShort')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.district.code} data-district={row.district.code}>
              <th scope="row">
                <Link to={deskLink({ district: row.district.code })}>{localName(row.district)}</Link>
              </th>
              <td>{count(row.open, deskLink({ district: row.district.code }))}</td>
              <td className={row.critical > 0 ? 'is-urgent' : undefined}>
                {count(row.critical, deskLink({ district: row.district.code, priority: 'critical' }))}
              </td>
              <td className={row.overdue > 0 ? 'is-urgent' : undefined}>
                {count(row.overdue, deskLink({ district: row.district.code, overdue: true }))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {districts.length > shownAtFirst ? (
        <p>
          <button type="button" className="button-secondary" onClick={() => setShowsAll(!showsAll)}>
            {showsAll
              ? t('home.overview.showFewer')
              : t('home.overview.showAll', { total: formatNumber(districts.length) })}
          </button>
        </p>
      ) : null}
    </section>
  );
}
