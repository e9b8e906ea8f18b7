import { useTranslation } from 'react-i18next';
import type { LoanEventView } from '../../../shared/contracts/loans.js';
import { useFormatDate } from '../../components/use-format-date';
import { useFormatNumber } from '../../components/use-format-number';

const numberOf = (details: Record<string, unknown>, key: string) =>
  typeof details[key] === 'number' ? details[key] : null;
const textOf = (details: Record<string, unknown>, key: string) =>
  typeof details[key] === 'string' ? details[key] : null;

/** The loan's history, newest first: what happened, who did it (or the borrower, or the system), when. */
export function LoanEvents({ events }: { events: LoanEventView[] }) {
  const { t } = useTranslation();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const formatNumber = useFormatNumber();
  const detailOf = (event: LoanEventView): string | null => {
    const d = event.details;
    const minutes = numberOf(d, 'minutesToHandOver');
    const amount = numberOf(d, 'amount');
    const days = numberOf(d, 'days');
    const reason = textOf(d, 'reason') ?? textOf(d, 'note');
    const parts = [
      minutes !== null ? t('lending.loan.minutesToHandOver', { count: minutes, minutes: formatNumber(minutes) }) : null,
      days !== null ? t('lending.event.days', { count: days }) : null,
      amount !== null ? t('lending.rupees', { amount: formatNumber(amount) }) : null,
      reason,
    ].filter((part): part is string => part !== null);
    return parts.length === 0 ? null : parts.join(t('common.dotSeparator'));
  };
  return (
    <section className="panel" aria-labelledby="loan-events">
      <h2 id="loan-events">{t('lending.loan.history')}</h2>
      <ol className="plain-list">
        {events.map((event) => {
          const detail = detailOf(event);
          return (
            <li key={event.id} data-event={event.type} className="lending-loan-line">
              <strong>{t(`lending.event.type.${event.type}`)}</strong>{' '}
              <span className="field-hint">
                {t('lending.event.byAt', {
                  name: event.actorName ?? t('lending.event.system'),
                  time: formatTime(event.at),
                })}
              </span>
              {detail ? <span className="lending-event-detail"> {detail}</span> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
