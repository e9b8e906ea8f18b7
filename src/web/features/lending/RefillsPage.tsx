import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RefillOrderView, VendorView } from '../../../shared/contracts/refills.js';
import { cylinderTypes, refillOrderStatuses, type RefillOrderStatus } from '../../../shared/enums.js';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { SelectField } from '../../components/SelectField';
import { useFormatDate } from '../../components/use-format-date';
import { useFormatNumber } from '../../components/use-format-number';
import { usePageTitle } from '../../components/use-page-title';
import { LendingNav } from './LendingNav';
import { CreateRefillOrderForm, CreateVendorForm } from './RefillForms';
import { RefillOrderActions } from './RefillOrderActions';
import { useDepots } from './depots-queries';
import { itemPath } from './lending-paths';
import { useRefillOrders, useVendors } from './refills-queries';
import './lending.css';
import { field } from './field-names';

/** Refill vendors with their prices, and the orders that take a depot's empties to them and bring them back. */
export function RefillsPage() {
  const { t } = useTranslation();
  usePageTitle(t('lending.nav.refills'));
  const [status, setStatus] = useState<RefillOrderStatus | ''>('');
  const vendors = useVendors();
  const orders = useRefillOrders(status ? { status, limit: 100 } : { limit: 100 });
  const depots = useDepots({ active: 'true' });
  return (
    <section>
      <h1>{t('lending.nav.refills')}</h1>
      <LendingNav />
      <section className="panel" aria-labelledby="refill-vendors">
        <h2 id="refill-vendors">{t('lending.refill.vendors')}</h2>
        {vendors.isPending ? (
          <Loading />
        ) : vendors.isError ? (
          <LoadError error={vendors.error} onRetry={() => void vendors.refetch()} />
        ) : (
          <>
            {vendors.data.items.length === 0 ? <p>{t('lending.refill.noVendors')}</p> : null}
            <ul className="plain-list">
              {vendors.data.items.map((vendor) => (
                <VendorLine key={vendor.id} vendor={vendor} />
              ))}
            </ul>
            {vendors.data.can.manageVendors ? <CreateVendorForm /> : null}
            {vendors.data.can.manageRefills && depots.data ? (
              <CreateRefillOrderForm depots={depots.data.items} vendors={vendors.data.items.filter((v) => v.active)} />
            ) : null}
          </>
        )}
      </section>
      <h2>{t('lending.refill.orders')}</h2>
      <SelectField
        label={t('lending.refill.status')}
        name={field.status}
        value={status}
        onChange={(e) => setStatus(e.target.value as RefillOrderStatus | '')}
      >
        <option value="">{t('lending.filter.anyStatus')}</option>
        {refillOrderStatuses.map((s) => (
          <option key={s} value={s}>
            {t(`lending.refillStatus.${s}`)}
          </option>
        ))}
      </SelectField>
      {orders.isPending ? (
        <Loading />
      ) : orders.isError ? (
        <LoadError error={orders.error} onRetry={() => void orders.refetch()} />
      ) : orders.data.items.length === 0 ? (
        <p>{t('lending.refill.noOrders')}</p>
      ) : (
        <ul className="plain-list">
          {orders.data.items.map((order) => (
            <OrderCard key={order.id} order={order} />
          ))}
        </ul>
      )}
    </section>
  );
}

function VendorLine({ vendor }: { vendor: VendorView }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const prices = cylinderTypes
    .filter((type) => vendor.prices[type] !== undefined)
    .map((type) =>
      t('lending.refill.price', {
        type: t(`lending.cylinderType.${type}`),
        amount: formatNumber(vendor.prices[type] ?? 0),
      }),
    )
    .join(t('common.listSeparator'));
  return (
    <li className="lending-loan-line" data-vendor={vendor.name}>
      <strong>{vendor.name}</strong>{' '}
      {vendor.active ? null : <span className="badge badge-muted">{t('lending.refill.inactive')}</span>}{' '}
      <span className="field-hint">{prices || t('lending.refill.noPrices')}</span>
    </li>
  );
}

function OrderCard({ order }: { order: RefillOrderView }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  return (
    <li className="panel" data-order={order.id} data-status={order.status}>
      <h3>
        {t('lending.refill.orderHeading', { depot: order.depot.name, vendor: order.vendor.name })}{' '}
        <span className="badge">{t(`lending.refillStatus.${order.status}`)}</span>
      </h3>
      <p className="field-hint">
        {t('lending.event.byAt', {
          name: order.createdBy ?? t('lending.event.system'),
          time: formatTime(order.createdAt),
        })}
      </p>
      <p>
        {t('lending.refill.costs', { estimated: formatNumber(order.estimatedCost), cost: formatNumber(order.cost) })}
      </p>
      <ul className="plain-list">
        {order.lines.map((line) => (
          <li key={line.item.id} data-label={line.item.label}>
            <Link to={itemPath(line.item.id)}>{line.item.label}</Link>{' '}
            <span className="field-hint">{t(`lending.refillLine.${line.status}`)}</span>
          </li>
        ))}
      </ul>
      {order.note ? <p>{order.note}</p> : null}
      <RefillOrderActions order={order} />
    </li>
  );
}
