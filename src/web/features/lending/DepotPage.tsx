import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { DepotDetail } from '../../../shared/contracts/depots.js';
import { itemStatuses } from '../../../shared/enums.js';
import { isApiError } from '../../api/api-error';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useLocalName } from '../../components/use-local-name';
import { usePageTitle } from '../../components/use-page-title';
import { NotFoundPage } from '../shell/NotFoundPage';
import { useItemKindText } from './ItemName';
import { LendingNav } from './LendingNav';
import { useDepot } from './depots-queries';
import { itemPath, labelsPath, lendingPaths } from './lending-paths';
import './lending.css';

/** One depot: its shelf by status, the empties waiting for a refill, the refill orders out. */
export function DepotPage() {
  const { id = '' } = useParams();
  const depot = useDepot(id);
  if (depot.isPending) return <Loading />;
  if (depot.isError) {
    return isApiError(depot.error, 'not_found') ? (
      <NotFoundPage />
    ) : (
      <LoadError error={depot.error} onRetry={() => void depot.refetch()} />
    );
  }
  return <DepotView depot={depot.data} />;
}

function DepotView({ depot }: { depot: DepotDetail }) {
  const { t } = useTranslation();
  usePageTitle(depot.name);
  const localName = useLocalName();
  const kindText = useItemKindText();
  return (
    <section data-depot={depot.name}>
      <h1>{depot.name}</h1>
      <LendingNav />
      <div className="panel">
        <dl className="facts lending-facts">
          <dt>{t('lending.depot.kind')}</dt>
          <dd>{t(`lending.depotKind.${depot.kind}`)}</dd>
          <dt>{t('lending.item.district')}</dt>
          <dd>{localName(depot.district)}</dd>
          <dt>{t('lending.lend.address')}</dt>
          <dd>{depot.address}</dd>
          <dt>{t('lending.depot.phone')}</dt>
          <dd>{depot.contactPhone ?? t('common.none')}</dd>
        </dl>
        <ul className="chips">
          {itemStatuses.map((status) => (
            <li key={status} className="badge badge-muted" data-status={status}>
              {t('lending.depot.count', { status: t(`lending.status.${status}`), count: depot.items[status] })}
            </li>
          ))}
        </ul>
        <p>
          <Link to={`${lendingPaths.equipment}?depotId=${encodeURIComponent(depot.id)}`}>
            {t('lending.depot.items')}
          </Link>
          {t('common.dotSeparator')}
          <Link to={labelsPath({ depotId: depot.id })}>{t('lending.labels.printDepot')}</Link>
        </p>
      </div>
      <section className="panel" aria-labelledby="depot-empties">
        <h2 id="depot-empties">{t('lending.depot.emptiesWaiting', { count: depot.emptiesWaiting.length })}</h2>
        {depot.emptiesWaiting.length === 0 ? (
          <p>{t('lending.depot.noEmpties')}</p>
        ) : (
          <ul className="plain-list">
            {depot.emptiesWaiting.map((item) => (
              <li key={item.id} data-label={item.label}>
                <Link to={itemPath(item.id)}>{item.label}</Link> {kindText(item)}
              </li>
            ))}
          </ul>
        )}
        {depot.emptiesWaiting.length > 0 ? (
          <p>
            <Link to={lendingPaths.refills}>{t('lending.depot.orderRefill')}</Link>
          </p>
        ) : null}
      </section>
      <section className="panel" aria-labelledby="depot-orders">
        <h2 id="depot-orders">{t('lending.depot.openOrders')}</h2>
        {depot.openRefillOrders.length === 0 ? (
          <p>{t('lending.depot.noOrders')}</p>
        ) : (
          <ul className="plain-list">
            {depot.openRefillOrders.map((order) => (
              <li key={order.id}>{t('lending.depot.order', { vendor: order.vendor.name, count: order.items })}</li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
