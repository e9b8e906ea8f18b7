import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ItemDetail } from '../../../shared/contracts/equipment.js';
import { isApiError } from '../../api/api-error';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useFormatDate } from '../../components/use-format-date';
import { useLocalName } from '../../components/use-local-name';
import { usePageTitle } from '../../components/use-page-title';
import { NotFoundPage } from '../shell/NotFoundPage';
import { ItemMovements } from './ItemMovements';
import { ItemStatusBadge, useItemKindText } from './ItemName';
import { LendingNav } from './LendingNav';
import { QrCode } from './QrCode';
import { useItem } from './equipment-queries';
import { dayMoment } from './lending-days';
import { labelsPath, loanPath } from './lending-paths';
import './lending.css';

type LedgerRow = ItemDetail['ledger'][number];

/** One item: what it is, where it belongs and where it is now, its ledger, and the movements its `can` allows. */
export function ItemPage() {
  const { id = '' } = useParams();
  const item = useItem(id);
  if (item.isPending) return <Loading />;
  if (item.isError) {
    return isApiError(item.error, 'not_found') ? (
      <NotFoundPage />
    ) : (
      <LoadError error={item.error} onRetry={() => void item.refetch()} />
    );
  }
  return <ItemView item={item.data} />;
}

export function ItemView({ item }: { item: ItemDetail }) {
  const { t } = useTranslation();
  usePageTitle(item.label);
  const kindText = useItemKindText();
  const localName = useLocalName();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const formatDay = useFormatDate({ dateStyle: 'medium', timeZone: 'Asia/Kolkata' });
  const none = t('common.none');
  const columns: DataColumn<LedgerRow>[] = [
    { heading: t('lending.ledger.at'), cell: (row) => formatTime(row.at) },
    { heading: t('lending.ledger.movement'), cell: (row) => t(`lending.movement.${row.kind}`) },
    {
      heading: t('lending.ledger.status'),
      cell: (row) =>
        t('lending.ledger.fromTo', {
          from: row.fromStatus ? t(`lending.status.${row.fromStatus}`) : none,
          to: t(`lending.status.${row.toStatus}`),
        }),
    },
    {
      heading: t('lending.ledger.depot'),
      cell: (row) =>
        row.fromDepot && row.fromDepot.id !== row.toDepot.id
          ? t('lending.ledger.fromTo', { from: row.fromDepot.name, to: row.toDepot.name })
          : row.toDepot.name,
    },
    {
      heading: t('lending.ledger.detail'),
      cell: (row) =>
        [
          row.loan ? row.loan.reference : null,
          row.condition ? t(`lending.condition.${row.condition}`) : null,
          row.lossReason ? t(`lending.lossReason.${row.lossReason}`) : null,
          row.note,
        ]
          .filter(Boolean)
          .join(t('common.dotSeparator')) || none,
    },
    { heading: t('lending.ledger.by'), cell: (row) => row.actorName ?? t('lending.event.system') },
  ];
  return (
    <section data-item={item.label} data-status={item.status}>
      <h1>
        {item.label} <ItemStatusBadge status={item.status} />
      </h1>
      <LendingNav />
      <div className="panel">
        <dl className="facts lending-facts">
          <dt>{t('lending.item.kind')}</dt>
          <dd>{kindText(item)}</dd>
          {item.flowLpm !== null ? (
            <>
              <dt>{t('lending.item.flowLpm')}</dt>
              <dd>{item.flowLpm}</dd>
            </>
          ) : null}
          <dt>{t('lending.item.serial')}</dt>
          <dd>{item.serial ?? none}</dd>
          <dt>{t('lending.item.depot')}</dt>
          <dd>{item.depot.name}</dd>
          <dt>{t('lending.item.district')}</dt>
          <dd>{localName(item.district)}</dd>
          <dt>{t('lending.item.sponsor')}</dt>
          <dd>
            {item.sponsor && item.sponsorship
              ? `${item.sponsor.name} (${t(`lending.sponsorship.${item.sponsorship}`)})`
              : none}
          </dd>
          <dt>{t('lending.item.since')}</dt>
          <dd>{formatTime(item.statusChangedAt)}</dd>
          {item.currentLoan ? (
            <>
              <dt>{t('lending.item.loan')}</dt>
              <dd>
                <Link to={loanPath(item.currentLoan.id)}>{item.currentLoan.reference}</Link>{' '}
                {t('lending.loan.dueOn', { day: formatDay(dayMoment(item.currentLoan.dueOn)) })}
              </dd>
            </>
          ) : null}
          {item.note ? (
            <>
              <dt>{t('lending.note')}</dt>
              <dd>{item.note}</dd>
            </>
          ) : null}
        </dl>
        <div className="qr-label lending-item-qr">
          <QrCode text={item.scanUrl} label={t('lending.labels.qrOf', { label: item.label })} />
          <p>
            <Link to={labelsPath({ ids: [item.id] })}>{t('lending.labels.printOne')}</Link>
          </p>
        </div>
      </div>
      <ItemMovements item={item} />
      <section className="panel" aria-labelledby="item-ledger">
        <h2 id="item-ledger">{t('lending.ledger.heading')}</h2>
        <div className="table-box">
          <DataTable
            columns={columns}
            rows={item.ledger}
            rowKey={(row) => row.id}
            rowData={(row) => ({ 'data-kind': row.kind })}
          />
        </div>
      </section>
    </section>
  );
}
