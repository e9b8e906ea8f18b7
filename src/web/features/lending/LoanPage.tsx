import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { LoanDetail } from '../../../shared/contracts/loans.js';
import { isApiError } from '../../api/api-error';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormatDate } from '../../components/use-format-date';
import { useFormatNumber } from '../../components/use-format-number';
import { usePageTitle } from '../../components/use-page-title';
import { NotFoundPage } from '../shell/NotFoundPage';
import { casePath } from '../shell/nav-paths';
import { LendingNav } from './LendingNav';
import { LoanActions } from './LoanActions';
import { LoanDocuments } from './LoanDocuments';
import { LoanEvents } from './LoanEvents';
import { dayMoment } from './lending-days';
import { itemPath } from './lending-paths';
import { useLoan, useRevealLoanContact } from './loans-queries';
import './lending.css';

/** One loan: who has the device and since when, the gate, the deposit, the documents, its history and its next steps. */
export function LoanPage() {
  const { id = '' } = useParams();
  const loan = useLoan(id);
  if (loan.isPending) return <Loading />;
  if (loan.isError) {
    return isApiError(loan.error, 'not_found') ? (
      <NotFoundPage />
    ) : (
      <LoadError error={loan.error} onRetry={() => void loan.refetch()} />
    );
  }
  return <LoanView loan={loan.data} />;
}

function LoanView({ loan }: { loan: LoanDetail }) {
  const { t } = useTranslation();
  usePageTitle(t('lending.loan.title', { reference: loan.reference }));
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const formatNumber = useFormatNumber();
  const formatDay = useFormatDate({ dateStyle: 'medium', timeZone: 'Asia/Kolkata' });
  const reveal = useRevealLoanContact(loan.id);
  const none = t('common.none');
  return (
    <section data-loan={loan.reference} data-status={loan.status}>
      <h1>{t('lending.loan.title', { reference: loan.reference })}</h1>
      <LendingNav />
      <p>
        <span className={`badge ${loan.overdue ? 'badge-warning' : ''}`}>
          {loan.overdue
            ? t('lending.loan.overdueDays', { count: loan.daysOverdue })
            : t(`lending.loanStatus.${loan.status}`)}
        </span>{' '}
        <Link to={itemPath(loan.item.id)}>{loan.item.label}</Link>{' '}
        <Link to={casePath(loan.case.id)}>{t('lending.loan.case', { reference: loan.case.reference })}</Link>
      </p>
      {loan.minutesToHandOver !== null ? (
        <p className="success lending-minutes" data-minutes={loan.minutesToHandOver}>
          {t('lending.loan.minutesToHandOver', {
            count: loan.minutesToHandOver,
            minutes: formatNumber(loan.minutesToHandOver),
          })}
        </p>
      ) : null}
      <div className="panel">
        <dl className="facts lending-facts">
          <dt>{t('lending.lend.patientName')}</dt>
          <dd>{loan.patientName}</dd>
          <dt>{t('lending.lend.patientPhone')}</dt>
          <dd>
            {loan.phonesRevealed ? <a href={`tel:${loan.patientPhone}`}>{loan.patientPhone}</a> : loan.patientPhone}
          </dd>
          {loan.borrowerName || loan.borrowerPhone ? (
            <>
              <dt>{t('lending.lend.borrowerName')}</dt>
              <dd>{[loan.borrowerName, loan.borrowerPhone].filter(Boolean).join(t('common.dotSeparator'))}</dd>
            </>
          ) : null}
          <dt>{t('lending.lend.address')}</dt>
          <dd>{loan.address}</dd>
          <dt>{t('lending.loan.depot')}</dt>
          <dd>{loan.depot.name}</dd>
          <dt>{t('lending.loan.lentAt')}</dt>
          <dd>{formatTime(loan.lentAt)}</dd>
          <dt>{t('lending.loan.handedOver')}</dt>
          <dd>
            {loan.handedOverAt
              ? t('lending.loan.handedOverBy', { time: formatTime(loan.handedOverAt), name: loan.handedOverBy ?? none })
              : none}
          </dd>
          <dt>{t('lending.loan.due')}</dt>
          <dd>
            {formatDay(dayMoment(loan.dueOn))}
            {loan.extensions > 0 ? ` ${t('lending.loan.extensions', { count: loan.extensions })}` : ''}
          </dd>
          <dt>{t('lending.gate.question.spo2')}</dt>
          <dd>
            {loan.gate.spo2 ?? none} ({t(`lending.band.${loan.gate.band}`)})
          </dd>
          {loan.overrideReason ? (
            <>
              <dt>{t('lending.loan.override')}</dt>
              <dd>{loan.overrideReason}</dd>
            </>
          ) : null}
          <dt>{t('lending.lend.accessories')}</dt>
          <dd>
            {loan.accessories.length === 0
              ? none
              : loan.accessories.map((a) => t(`lending.kind.${a.kind}`)).join(t('common.listSeparator'))}
          </dd>
          {loan.returnedAt ? (
            <>
              <dt>{t('lending.loan.returned')}</dt>
              <dd>
                {formatTime(loan.returnedAt)}
                {loan.returnCondition ? ` (${t(`lending.condition.${loan.returnCondition}`)})` : ''}
              </dd>
            </>
          ) : null}
        </dl>
        {loan.can.revealContact && !loan.phonesRevealed ? (
          <button
            type="button"
            className="button-secondary"
            disabled={reveal.isPending}
            onClick={() => reveal.mutate({})}
          >
            {t('lending.loan.reveal')}
          </button>
        ) : null}
        {reveal.isError ? <ProblemAlert error={reveal.error} /> : null}
      </div>
      <section className="panel" aria-labelledby="loan-deposit">
        <h2 id="loan-deposit">{t('lending.lend.deposit')}</h2>
        <dl className="facts lending-facts">
          <dt>{t('lending.lend.depositMode')}</dt>
          <dd>{t(`lending.depositMode.${loan.deposit.mode}`)}</dd>
          <dt>{t('lending.lend.depositAmount')}</dt>
          <dd>{t('lending.rupees', { amount: formatNumber(loan.deposit.amount) })}</dd>
          {loan.deposit.receiptNumber ? (
            <>
              <dt>{t('lending.lend.receiptNumber')}</dt>
              <dd>{loan.deposit.receiptNumber}</dd>
            </>
          ) : null}
          {loan.deposit.waiveReason ? (
            <>
              <dt>{t('lending.lend.waiveReason')}</dt>
              <dd>{loan.deposit.waiveReason}</dd>
            </>
          ) : null}
          <dt>{t('lending.deposit.refunded')}</dt>
          <dd>{t('lending.rupees', { amount: formatNumber(loan.deposit.refunded) })}</dd>
          <dt>{t('lending.deposit.deducted')}</dt>
          <dd>{t('lending.rupees', { amount: formatNumber(loan.deposit.deducted) })}</dd>
          <dt>{t('lending.deposit.balance')}</dt>
          <dd data-balance={loan.deposit.balance}>
            {t('lending.rupees', { amount: formatNumber(loan.deposit.balance) })}
          </dd>
        </dl>
      </section>
      <LoanActions loan={loan} />
      <LoanDocuments loan={loan} />
      <LoanEvents events={loan.events} />
    </section>
  );
}
