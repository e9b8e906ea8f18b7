import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StockSiteView } from '../../../shared/contracts/oxygen-stock.js';
import { stockSiteKinds, type StockSiteKind } from '../../../shared/enums.js';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { fieldErrors } from '../../components/problem-text';
import { useFormatNumber } from '../../components/use-format-number';
import { usePageTitle } from '../../components/use-page-title';
import { DistrictSelect } from '../geography/DistrictSelect';
import { ActionForm } from '../../components/ActionForm';
import { LendingNav } from './LendingNav';
import { OrganisationField } from './OrganisationField';
import { StockLevel } from './StockAlertBadge';
import { stockSitePath } from './lending-paths';
import { useCreateStockSite, useStockSites } from './stock-queries';
import './lending.css';
import { field } from './field-names';

/** Oxygen stock at facilities and war rooms: litres on hand, burn rate, hours to empty; low sites first. */
export function StockPage() {
  const { t } = useTranslation();
  usePageTitle(t('lending.nav.stock'));
  const sites = useStockSites();
  const formatNumber = useFormatNumber();
  const columns: DataColumn<StockSiteView>[] = [
    { heading: t('lending.stock.site'), cell: (s) => <Link to={stockSitePath(s.id)}>{s.name}</Link> },
    { heading: t('lending.stock.litres'), cell: (s) => formatNumber(Math.round(s.litres)) },
    { heading: t('lending.stock.burnRate'), cell: (s) => formatNumber(Math.round(s.burnRatePerHour)) },
    { heading: t('lending.stock.timeToEmpty'), cell: (s) => <StockLevel site={s} /> },
  ];
  const order = { low: 0, ok: 1, no_data: 2 } as const;
  return (
    <section>
      <h1>{t('lending.nav.stock')}</h1>
      <LendingNav />
      {sites.isPending ? (
        <Loading />
      ) : sites.isError ? (
        <LoadError error={sites.error} onRetry={() => void sites.refetch()} />
      ) : (
        <>
          {sites.data.items.length === 0 ? (
            <p>{t('lending.stock.empty')}</p>
          ) : (
            <div className="table-box">
              <DataTable
                columns={columns}
                rows={[...sites.data.items].sort((a, b) => order[a.alert] - order[b.alert])}
                rowKey={(s) => s.id}
                rowData={(s) => ({ 'data-site': s.name, 'data-alert': s.alert })}
              />
            </div>
          )}
          {sites.data.can.manageStockSites ? <CreateSiteForm /> : null}
        </>
      )}
    </section>
  );
}

function CreateSiteForm() {
  const { t } = useTranslation();
  const create = useCreateStockSite();
  const [organisationId, setOrganisationId] = useState('');
  const [district, setDistrict] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<StockSiteKind>('hospital');
  const [alertHours, setAlertHours] = useState('');
  const errors = fieldErrors(create.error);
  return (
    <div className="panel">
      <ActionForm
        area="lending"
        name={field.createSite}
        heading={t('lending.stock.create')}
        submitLabel={t('lending.stock.createSubmit')}
        action={create}
        onSubmit={() =>
          create.mutate(
            {
              organisationId,
              district,
              name: name.trim(),
              kind,
              alertHours: alertHours.trim() === '' ? null : Number(alertHours),
            },
            { onSuccess: () => setName('') },
          )
        }
      >
        <OrganisationField value={organisationId} onChange={setOrganisationId} error={errors.organisationId} />
        <DistrictSelect value={district} onChange={setDistrict} error={errors.district} name={field.district} />
        <div className="field-row">
          <TextField
            label={t('lending.stock.site')}
            name={field.name}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={errors.name}
          />
          <SelectField
            label={t('lending.stock.kind')}
            name={field.kind}
            value={kind}
            onChange={(e) => setKind(e.target.value as StockSiteKind)}
          >
            {stockSiteKinds.map((k) => (
              <option key={k} value={k}>
                {t(`lending.stockSiteKind.${k}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('lending.stock.alertHours')}
            hint={t('lending.stock.alertHoursHint')}
            name={field.alertHours}
            inputMode="numeric"
            value={alertHours}
            onChange={(e) => setAlertHours(e.target.value)}
            error={errors.alertHours}
          />
        </div>
      </ActionForm>
    </div>
  );
}
