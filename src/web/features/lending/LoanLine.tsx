import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LoanSummary } from '../../../shared/contracts/loans.js';
import { useFormatDate } from '../../components/use-format-date';
import { useFormatNumber } from '../../components/use-format-number';
import { dayMoment } from './lending-days';
import { loanPath } from './lending-paths';

/** A loan in one line: reference, device, due date (or how late), and how fast it reached the patient. */
export function LoanLine({ loan }: { loan: LoanSummary }) {
  const { t } = useTranslation();
  const formatDay = useFormatDate({ dateStyle: 'medium', timeZone: 'Asia/Kolkata' });
  const formatNumber = useFormatNumber();
  return (
    <p className="lending-loan-line" data-loan={loan.reference} data-status={loan.status}>
      <Link to={loanPath(loan.id)}>
        <strong>{loan.reference}</strong>
      </Link>{' '}
      {loan.item.label}{' '}
      <span className={`badge ${loan.overdue ? 'badge-warning' : loan.status === 'active' ? '' : 'badge-muted'}`}>
        {loan.overdue
          ? t('lending.loan.overdueDays', { count: loan.daysOverdue })
          : t(`lending.loanStatus.${loan.status}`)}
      </span>{' '}
      {loan.status === 'active' ? (
        <span className="field-hint">{t('lending.loan.dueOn', { day: formatDay(dayMoment(loan.dueOn)) })}</span>
      ) : null}
      {loan.minutesToHandOver !== null ? (
        <span className="lending-minutes" data-minutes={loan.minutesToHandOver}>
          {' '}
          {t('lending.loan.minutesToHandOver', {
            count: loan.minutesToHandOver,
            minutes: formatNumber(loan.minutesToHandOver),
          })}
        </span>
      ) : null}
    </p>
  );
}
