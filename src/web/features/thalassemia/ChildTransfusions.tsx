import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TransfusionBookingView, TransfusionView } from '../../../shared/contracts/transfusion-bookings.js';
import type { TransfusionPatientDetail } from '../../../shared/contracts/transfusion-patients.js';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormatDate } from '../../components/use-format-date';
import { useDonorDays } from '../donors/use-donor-days';
import { casePath } from '../shell/nav-paths';
import { BookingOutcomeForm, MarkDoneForm, MarkMissedForm, MoveTransfusionForm } from './TransfusionForms';
import { useAnswerBooking, useChildTransfusions, usePlanBookings } from './bookings-queries';

/** Open bookings first-class; those that ended without blood (declined, cancelled) fold under the transfusion. */
const settled = new Set<TransfusionBookingView['state']>(['declined', 'cancelled', 'deferred', 'no_show']);

/** The child's next transfusions with the donors booked for each and their answers; the steps `can` allows. */
export function ChildTransfusions({ child }: { child: TransfusionPatientDetail }) {
  const { t } = useTranslation();
  const transfusions = useChildTransfusions(child.id);
  const plan = usePlanBookings(child.id);
  const { today } = useDonorDays();
  return (
    <section className="panel child-transfusions" aria-labelledby="transfusions-heading">
      <h2 id="transfusions-heading">{t('thalassemia.calendar.heading')}</h2>
      {transfusions.isPending ? (
        <Loading />
      ) : transfusions.isError ? (
        <LoadError error={transfusions.error} onRetry={() => void transfusions.refetch()} />
      ) : (
        <>
          {transfusions.data.can.manageRoster && child.state === 'active' ? (
            <div className="booking-actions">
              <button type="button" disabled={plan.isPending} onClick={() => plan.mutate(undefined)} data-action="plan">
                {t('thalassemia.calendar.plan')}
              </button>
            </div>
          ) : null}
          {plan.isError ? <ProblemAlert error={plan.error} /> : null}
          {plan.isSuccess ? (
            <p className={plan.data.unitsMissing > 0 ? 'problem' : 'success'} role="status" data-plan-result>
              {t('thalassemia.calendar.planned', { count: plan.data.booked })}{' '}
              {plan.data.unitsMissing > 0
                ? t('thalassemia.calendar.unitsMissing', { count: plan.data.unitsMissing })
                : null}
            </p>
          ) : null}
          {transfusions.data.items.length === 0 ? (
            <p className="transfusions-empty">{t('thalassemia.calendar.empty')}</p>
          ) : (
            <TransfusionLists
              childId={child.id}
              items={transfusions.data.items}
              mayRecord={transfusions.data.can.recordTransfusion}
              today={today}
            />
          )}
        </>
      )}
    </section>
  );
}

/** Still to come (or still open) first; the ones given or missed fold away underneath. */
function TransfusionLists({
  childId,
  items,
  mayRecord,
  today,
}: {
  childId: string;
  items: readonly TransfusionView[];
  mayRecord: boolean;
  today: string;
}) {
  const { t } = useTranslation();
  const isCurrent = (transfusion: TransfusionView) =>
    transfusion.dueOn >= today || transfusion.state === 'planned' || transfusion.state === 'covered';
  const current = items.filter(isCurrent);
  const history = items.filter((transfusion) => !isCurrent(transfusion)).reverse();
  const list = (transfusions: readonly TransfusionView[]) => (
    <ol className="plain-list transfusion-list">
      {transfusions.map((transfusion) => (
        <TransfusionItem
          key={transfusion.id}
          childId={childId}
          transfusion={transfusion}
          mayRecord={mayRecord}
          isPast={transfusion.dueOn < today}
        />
      ))}
    </ol>
  );
  return (
    <>
      {current.length === 0 ? <p className="transfusions-empty">{t('thalassemia.calendar.empty')}</p> : list(current)}
      {history.length === 0 ? null : (
        <details className="thalassemia-folded transfusion-history" data-folded="transfusion-history">
          <summary>{t('thalassemia.calendar.history', { count: history.length })}</summary>
          {list(history)}
        </details>
      )}
    </>
  );
}

function TransfusionItem({
  childId,
  transfusion,
  mayRecord,
  isPast,
}: {
  childId: string;
  transfusion: TransfusionView;
  mayRecord: boolean;
  isPast: boolean;
}) {
  const { t } = useTranslation();
  const { formatDay } = useDonorDays();
  const isOpen = transfusion.state === 'planned' || transfusion.state === 'covered';
  const current = transfusion.bookings.filter((booking) => !settled.has(booking.state));
  const earlier = transfusion.bookings.filter((booking) => settled.has(booking.state));
  return (
    <li
      className="transfusion"
      data-transfusion-id={transfusion.id}
      data-due-on={transfusion.dueOn}
      data-state={transfusion.state}
      data-past={isPast}
    >
      <p className="transfusion-head">
        <span className="transfusion-day">{formatDay(transfusion.dueOn)}</span>
        <span
          className={`badge ${transfusion.state === 'planned' || transfusion.state === 'missed' ? 'badge-warning' : ''}`}
        >
          {t(`thalassemia.transfusionState.${transfusion.state}`)}
        </span>
        {transfusion.caseId !== null ? (
          <Link to={casePath(transfusion.caseId)}>
            {t('thalassemia.calendar.case', { reference: transfusion.caseReference ?? '' })}
          </Link>
        ) : null}
      </p>
      <p className="field-hint" data-confirmed={transfusion.confirmedUnits} data-booked={transfusion.bookedUnits}>
        {transfusion.state === 'done'
          ? t('thalassemia.calendar.given', {
              count: transfusion.unitsGiven ?? transfusion.units,
              day: formatDay(transfusion.doneOn ?? transfusion.dueOn),
            })
          : t('thalassemia.calendar.units', {
              count: transfusion.units,
              booked: transfusion.bookedUnits,
              confirmed: transfusion.confirmedUnits,
            })}
      </p>
      {current.length === 0 ? (
        isOpen ? (
          <p className="field-hint">{t('thalassemia.calendar.noDonors')}</p>
        ) : null
      ) : (
        <ul className="plain-list transfusion-bookings" aria-label={t('thalassemia.calendar.donors')}>
          {current.map((booking) => (
            <BookingItem
              key={booking.id}
              childId={childId}
              booking={booking}
              mayRecord={mayRecord && isOpen}
              dueOn={transfusion.dueOn}
            />
          ))}
        </ul>
      )}
      {earlier.length === 0 ? null : (
        <details className="thalassemia-folded transfusion-earlier">
          <summary>{t('thalassemia.calendar.earlier', { count: earlier.length })}</summary>
          <ul className="plain-list transfusion-bookings">
            {earlier.map((booking) => (
              <BookingItem
                key={booking.id}
                childId={childId}
                booking={booking}
                mayRecord={false}
                dueOn={transfusion.dueOn}
              />
            ))}
          </ul>
        </details>
      )}
      {mayRecord && isOpen ? (
        <div className="thalassemia-actions">
          <MarkDoneForm childId={childId} transfusion={transfusion} />
          {transfusion.missable ? <MarkMissedForm childId={childId} transfusion={transfusion} /> : null}
          <MoveTransfusionForm childId={childId} transfusion={transfusion} />
        </div>
      ) : null}
    </li>
  );
}

function BookingItem({
  childId,
  booking,
  mayRecord,
  dueOn,
}: {
  childId: string;
  booking: TransfusionBookingView;
  mayRecord: boolean;
  dueOn: string;
}) {
  const { t } = useTranslation();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const answer = useAnswerBooking(childId, booking.id);
  const [showOutcome, setShowOutcome] = useState(false);
  const when = [
    booking.askedAt === null
      ? t('thalassemia.booking.notAsked')
      : t('thalassemia.booking.asked', { time: formatTime(booking.askedAt) }),
    booking.answeredAt === null
      ? null
      : t('thalassemia.booking.answered', {
          time: formatTime(booking.answeredAt),
          via:
            booking.answerChannel === null
              ? ''
              : t(`thalassemia.answerChannel.${answerChannelKey(booking.answerChannel)}`),
        }),
    booking.remindedAt === null ? null : t('thalassemia.booking.reminded', { time: formatTime(booking.remindedAt) }),
    booking.deferralReason === null ? null : t('thalassemia.booking.deferredFor', { reason: booking.deferralReason }),
  ].filter((part) => part !== null);
  return (
    <li
      className="transfusion-booking"
      data-booking-id={booking.id}
      data-donor-id={booking.donorId}
      data-state={booking.state}
    >
      <p className="roster-member-head">
        <span className="donor-name">{booking.donorName}</span>
        {booking.bloodGroup === null ? null : <span className="badge">{booking.bloodGroup}</span>}
        <span className="booking-state" data-state={booking.state}>
          {t(`thalassemia.bookingState.${booking.state}`)}
        </span>
      </p>
      <p className="field-hint">
        <span className="masked-phone">{booking.donorPhone}</span>
      </p>
      <p className="field-hint">{when.join(t('common.dotSeparator'))}</p>
      {answer.isError ? <ProblemAlert error={answer.error} /> : null}
      {mayRecord && booking.state === 'booked' ? (
        <div className="booking-actions">
          <button
            type="button"
            disabled={answer.isPending}
            data-answer="confirmed"
            onClick={() => answer.mutate({ answer: 'confirmed' })}
          >
            {t('thalassemia.booking.confirm')}
          </button>
          <button
            type="button"
            className="button-secondary"
            disabled={answer.isPending}
            data-answer="declined"
            onClick={() => answer.mutate({ answer: 'declined' })}
          >
            {t('thalassemia.booking.decline')}
          </button>
        </div>
      ) : null}
      {mayRecord && booking.state === 'confirmed' ? (
        showOutcome ? (
          <BookingOutcomeForm childId={childId} booking={booking} dueOn={dueOn} onDone={() => setShowOutcome(false)} />
        ) : (
          <div className="booking-actions">
            <button
              type="button"
              className="button-secondary"
              data-action="outcome"
              onClick={() => setShowOutcome(true)}
            >
              {t('thalassemia.booking.recordOutcome')}
            </button>
          </div>
        )
      ) : null}
    </li>
  );
}

/** The channel an answer came by, as the catalog words it. */
function answerChannelKey(channel: string): 'whatsapp' | 'sms' | 'operator' | 'other' {
  return channel === 'whatsapp' || channel === 'sms' || channel === 'operator' ? channel : 'other';
}
