import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DonorEventView } from '../../../shared/contracts/donors.js';
import { useFormatDate } from '../../components/use-format-date';
import { casePath } from '../shell/nav-paths';
import { donorEventFacts } from './donor-history';
import { useDonorDays } from './use-donor-days';

/** Every change to the donor, newest first, with who did it and when. */
export function DonorHistory({ events }: { events: readonly DonorEventView[] }) {
  const { t } = useTranslation();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="panel donor-history" aria-labelledby="donor-history-heading">
      <h2 id="donor-history-heading">{t('donors.history.heading')}</h2>
      <ol className="timeline">
        {events.map((event) => (
          <li key={event.id} className="timeline-event" data-event={event.type}>
            <p className="timeline-head">
              <strong>{t(`donors.event.${event.type}`)}</strong> <time dateTime={event.at}>{formatTime(event.at)}</time>
            </p>
            <p className="timeline-actor">{event.actorName ?? t('donors.history.donorOrSystem')}</p>
            <EventFacts event={event} />
            {event.caseId !== null ? (
              <p>
                <Link to={casePath(event.caseId)}>{t('donors.history.case')}</Link>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function EventFacts({ event }: { event: DonorEventView }) {
  const { t } = useTranslation();
  const { formatDay } = useDonorDays();
  const f = donorEventFacts(event);
  const lines: string[] = [];
  if (f.campCode) lines.push(t('donors.history.campInvitation', { code: f.campCode }));
  if (f.source) lines.push(t('donors.history.source', { source: t(`donors.source.${f.source}`) }));
  if (f.changed && f.changed.length > 0) lines.push(t('donors.history.changed', { count: f.changed.length }));
  if (f.outcome) lines.push(t(`callOutcome.${f.outcome}`));
  if (f.idSeen) lines.push(t('donors.history.idSeen', { kind: t(`donors.idKind.${f.idSeen}`) }));
  if (f.bloodGroup && event.type === 'group_confirmed') {
    lines.push(
      f.previousGroup && f.previousGroup !== f.bloodGroup
        ? t('donors.history.groupChanged', { group: f.bloodGroup, previous: f.previousGroup })
        : t('donors.history.group', { group: f.bloodGroup }),
    );
  }
  if (f.cleared) lines.push(t('donors.history.deferralCleared'));
  if (f.reason) {
    lines.push(
      f.until
        ? t('donors.history.deferredUntil', { reason: f.reason, date: formatDay(f.until) })
        : t('donors.history.deferred', { reason: f.reason }),
    );
  }
  if (f.product && f.units !== undefined) {
    lines.push(t('donors.donations.what', { units: f.units, product: t(`blood.product.${f.product}`) }));
  }
  if (f.donatedOn) lines.push(formatDay(f.donatedOn));
  if (f.centre) lines.push(f.centre);
  // Every action stores the eligibility it left; only a donation's is news worth a line.
  if (f.nextEligibleOn && event.type === 'donation_recorded')
    lines.push(t('donors.eligible.from', { date: formatDay(f.nextEligibleOn) }));
  if (lines.length === 0 && !f.notes) return null;
  return (
    <>
      {lines.length > 0 ? <p className="timeline-changes">{lines.join(t('common.dotSeparator'))}</p> : null}
      {f.notes ? <p className="timeline-note">{f.notes}</p> : null}
    </>
  );
}
