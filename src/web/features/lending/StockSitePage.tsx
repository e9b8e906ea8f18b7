import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { StockEntryBody, StockSiteDetail } from '../../../shared/contracts/oxygen-stock.js';
import { cylinderTypes, stockEntryKinds, type CylinderType, type StockEntryKind } from '../../../shared/enums.js';
import { isApiError } from '../../api/api-error';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { fieldErrors } from '../../components/problem-text';
import { useFormatDate } from '../../components/use-format-date';
import { useFormatNumber } from '../../components/use-format-number';
import { usePageTitle } from '../../components/use-page-title';
import { NotFoundPage } from '../shell/NotFoundPage';
import { ActionForm } from '../../components/ActionForm';
import { LendingNav } from './LendingNav';
import { StockLevel } from './StockAlertBadge';
import { useRecordStockEntry, useStockSite } from './stock-queries';
import './lending.css';
import { field } from './field-names';

export function StockSitePage() {
  const { id = '' } = useParams();
  const site = useStockSite(id);
  if (site.isPending) return <Loading />;
  if (site.isError) {
    return isApiError(site.error, 'not_found') ? (
      <NotFoundPage />
    ) : (
      <LoadError error={site.error} onRetry={() => void site.refetch()} />
    );
  }
  return <SiteView site={site.data} />;
}

function SiteView({ site }: { site: StockSiteDetail }) {
  const { t } = useTranslation();
  usePageTitle(site.name);
  const formatNumber = useFormatNumber();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const cylinders = cylinderTypes
    .filter((type) => (site.cylinders[type] ?? 0) !== 0)
    .map((type) =>
      t('lending.stock.cylinderCount', { type: t(`lending.cylinderType.${type}`), count: site.cylinders[type] ?? 0 }),
    )
    .join(t('common.listSeparator'));
  return (
    <section data-site={site.name} data-alert={site.alert}>
      <h1>{site.name}</h1>
      <LendingNav />
      <div
        className={`panel ${site.alert === 'low' ? 'problem' : ''}`}
        role={site.alert === 'low' ? 'alert' : undefined}
      >
        <p>
          <StockLevel site={site} />
        </p>
        <dl className="facts lending-facts">
          <dt>{t('lending.stock.litres')}</dt>
          <dd>{formatNumber(Math.round(site.litres))}</dd>
          <dt>{t('lending.stock.cylinders')}</dt>
          <dd>{cylinders || t('common.none')}</dd>
          <dt>{t('lending.stock.burnRate')}</dt>
          <dd>{formatNumber(Math.round(site.burnRatePerHour))}</dd>
          <dt>{t('lending.stock.emptyAt')}</dt>
          <dd>{site.emptyAt ? formatTime(site.emptyAt) : t('common.none')}</dd>
          <dt>{t('lending.stock.alertHours')}</dt>
          <dd>{site.alertHours}</dd>
        </dl>
      </div>
      {site.can.recordEntry ? <EntryForm siteId={site.id} /> : null}
      <section className="panel" aria-labelledby="stock-entries">
        <h2 id="stock-entries">{t('lending.stock.entries')}</h2>
        {site.entries.length === 0 ? <p>{t('lending.stock.noEntries')}</p> : null}
        <ol className="plain-list">
          {site.entries.map((entry) => (
            <li key={entry.id} className="lending-loan-line" data-kind={entry.kind}>
              <strong>{t(`lending.stockEntry.${entry.kind}`)}</strong>{' '}
              {t('lending.stock.entryLitres', { litres: formatNumber(Math.round(entry.litres)) })}{' '}
              <span className="field-hint">
                {t('lending.event.byAt', {
                  name: entry.actorName ?? t('lending.event.system'),
                  time: formatTime(entry.at),
                })}
              </span>
              {entry.reason ? <span> {entry.reason}</span> : null}
            </li>
          ))}
        </ol>
      </section>
    </section>
  );
}

function EntryForm({ siteId }: { siteId: string }) {
  const { t } = useTranslation();
  const record = useRecordStockEntry(siteId);
  const [kind, setKind] = useState<StockEntryKind>('consumed');
  const [counts, setCounts] = useState<Partial<Record<CylinderType, string>>>({});
  const [litres, setLitres] = useState('');
  const [reason, setReason] = useState('');
  const errors = fieldErrors(record.error);
  const cylinders = Object.fromEntries(
    cylinderTypes.flatMap((type) => {
      const value = counts[type]?.trim() ?? '';
      return value === '' ? [] : [[type, Number(value)]];
    }),
  );
  const extra = litres.trim() === '' ? {} : { litres: Number(litres) };
  const body: StockEntryBody =
    kind === 'adjusted' ? { kind, cylinders, ...extra, reason: reason.trim() } : { kind, cylinders, ...extra };
  return (
    <div className="panel">
      <ActionForm
        area="lending"
        name={field.stockEntry}
        heading={t('lending.stock.record')}
        submitLabel={t('lending.stock.recordSubmit')}
        action={record}
        onSubmit={() =>
          record.mutate(body, {
            onSuccess: () => {
              setCounts({});
              setLitres('');
              setReason('');
            },
          })
        }
      >
        <div className="field-row">
          <SelectField
            label={t('lending.stock.entryKind')}
            name={field.kind}
            value={kind}
            onChange={(e) => setKind(e.target.value as StockEntryKind)}
          >
            {stockEntryKinds.map((k) => (
              <option key={k} value={k}>
                {t(`lending.stockEntry.${k}`)}
              </option>
            ))}
          </SelectField>
          {cylinderTypes.map((type) => (
            <TextField
              key={type}
              label={t('lending.stock.cylindersOf', { type: t(`lending.cylinderType.${type}`) })}
              name={`cylinders.${type}`}
              inputMode="numeric"
              value={counts[type] ?? ''}
              onChange={(e) => setCounts({ ...counts, [type]: e.target.value })}
              error={errors[`cylinders.${type}`]}
            />
          ))}
          <TextField
            label={t('lending.stock.litres')}
            hint={t('lending.stock.litresHint')}
            name={field.litres}
            inputMode="decimal"
            value={litres}
            onChange={(e) => setLitres(e.target.value)}
            error={errors.litres}
          />
          {kind === 'adjusted' ? (
            <TextField
              label={t('lending.reason')}
              name={field.reason}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={errors.reason}
            />
          ) : null}
        </div>
      </ActionForm>
    </div>
  );
}
