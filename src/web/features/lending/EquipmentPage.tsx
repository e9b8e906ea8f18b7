import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ItemQuery, ItemView } from '../../../shared/contracts/equipment.js';
import { itemKinds, itemStatuses, type ItemKind, type ItemStatus } from '../../../shared/enums.js';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { SelectField } from '../../components/SelectField';
import { usePageTitle } from '../../components/use-page-title';
import { ItemStatusBadge, useItemKindText } from './ItemName';
import { LendingNav } from './LendingNav';
import { ReceiveItemsForm } from './ReceiveItemsForm';
import { useDepots } from './depots-queries';
import { useItems } from './equipment-queries';
import type { ListQuery } from './use-lending-mutation';
import { itemPath, labelsPath } from './lending-paths';
import './lending.css';
import { field } from './field-names';

const limit = 50;

/** Every item by depot, kind and status; new items are received here, and a depot's labels printed. */
export function EquipmentPage() {
  const { t } = useTranslation();
  usePageTitle(t('lending.nav.equipment'));
  const [search] = useSearchParams();
  const [depotId, setDepotId] = useState(() => search.get('depotId') ?? '');
  const [kind, setKind] = useState<ItemKind | ''>('');
  const [status, setStatus] = useState<ItemStatus | ''>('');
  const [offset, setOffset] = useState(0);
  const query: ListQuery<ItemQuery> = {
    limit,
    offset,
    ...(depotId ? { depotId } : {}),
    ...(kind ? { kind } : {}),
    ...(status ? { status } : {}),
  };
  const items = useItems(query);
  const depots = useDepots({ active: 'true' });
  const kindText = useItemKindText();
  const columns: DataColumn<ItemView>[] = [
    {
      heading: t('lending.item.label'),
      cell: (item) => <Link to={itemPath(item.id)}>{item.label}</Link>,
    },
    { heading: t('lending.item.kind'), cell: (item) => kindText(item) },
    { heading: t('lending.item.status'), cell: (item) => <ItemStatusBadge status={item.status} /> },
    { heading: t('lending.item.depot'), cell: (item) => item.depot.name },
    {
      heading: t('lending.item.sponsor'),
      cell: (item) => (item.sponsor ? item.sponsor.name : t('common.none')),
    },
  ];
  const reset = () => setOffset(0);
  return (
    <section>
      <h1>{t('lending.nav.equipment')}</h1>
      <LendingNav />
      <div className="field-row panel no-print">
        <SelectField
          label={t('lending.item.depot')}
          name={field.depotId}
          value={depotId}
          onChange={(e) => {
            setDepotId(e.target.value);
            reset();
          }}
        >
          <option value="">{t('lending.filter.anyDepot')}</option>
          {depots.data?.items.map((depot) => (
            <option key={depot.id} value={depot.id}>
              {depot.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('lending.item.kind')}
          name={field.kind}
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as ItemKind | '');
            reset();
          }}
        >
          <option value="">{t('lending.filter.anyKind')}</option>
          {itemKinds.map((k) => (
            <option key={k} value={k}>
              {t(`lending.kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('lending.item.status')}
          name={field.status}
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as ItemStatus | '');
            reset();
          }}
        >
          <option value="">{t('lending.filter.anyStatus')}</option>
          {itemStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`lending.status.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {depotId ? (
        <p>
          <Link to={labelsPath({ depotId })}>{t('lending.labels.printDepot')}</Link>
        </p>
      ) : null}
      {items.isPending ? (
        <Loading />
      ) : items.isError ? (
        <LoadError error={items.error} onRetry={() => void items.refetch()} />
      ) : (
        <>
          {items.data.items.length === 0 ? (
            <p>{t('lending.item.empty')}</p>
          ) : (
            <div className="table-box">
              <DataTable
                columns={columns}
                rows={items.data.items}
                rowKey={(item) => item.id}
                rowData={(item) => ({ 'data-label': item.label, 'data-status': item.status })}
              />
            </div>
          )}
          <Pager total={items.data.total} limit={limit} offset={offset} onChange={setOffset} />
          {items.data.can.receiveItems && depots.data ? <ReceiveItemsForm depots={depots.data.items} /> : null}
        </>
      )}
    </section>
  );
}
