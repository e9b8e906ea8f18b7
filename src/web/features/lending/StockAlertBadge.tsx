import { useTranslation } from 'react-i18next';
import type { StockSiteView } from '../../../shared/contracts/oxygen-stock.js';
import { useFormatNumber } from '../../components/use-format-number';

/** Hours to empty at the last day's rate, with the alert state: low is shown as a warning. */
export function StockLevel({ site }: { site: StockSiteView }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  return (
    <span data-alert={site.alert}>
      <span
        className={`badge ${site.alert === 'low' ? 'badge-warning' : site.alert === 'no_data' ? 'badge-muted' : ''}`}
      >
        {t(`lending.stock.alert.${site.alert}`)}
      </span>{' '}
      {site.hoursToEmpty === null
        ? t('lending.stock.notUsed')
        : t('lending.stock.hoursToEmpty', { hours: formatNumber(Math.round(site.hoursToEmpty * 10) / 10) })}
    </span>
  );
}
