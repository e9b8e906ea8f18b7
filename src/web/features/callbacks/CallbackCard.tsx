import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CallbackView } from '../../../shared/contracts/channels.js';
import { minutesSince } from '../../components/duration';
import { formatPhone } from '../../components/format-phone';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormatDate } from '../../components/use-format-date';
import { useFormatDuration } from '../../components/use-format-duration';
import { useNowEachMinute } from '../../components/use-now';
import { FlaggedBadge } from '../cases/CaseBadges';
import { isDialable } from '../cases/dialable';
import { casePath } from '../shell/nav-paths';
import { CompleteCallbackForm } from './CompleteCallbackForm';
import { useClaimCallback, useReleaseCallback } from './callbacks-queries';

/** One caller to ring back: who, how often, how long they have waited, who is on it, and what to do. */
export function CallbackCard({ callback }: { callback: CallbackView }) {
  const { t } = useTranslation();
  const now = useNowEachMinute();
  const formatDuration = useFormatDuration();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const claim = useClaimCallback(callback.id);
  const release = useReleaseCallback(callback.id);
  const isDone = callback.status === 'done';
  const error = claim.error ?? release.error;

  return (
    <li className="card callback" data-callback-id={callback.id} data-status={callback.status}>
      <p className="callback-head">
        {/* As the server sends it: whole for the person who said "I'm calling" (to tap and call), else masked. */}
        {isDialable(callback.callerPhone) ? (
          <a className="callback-phone phone-link" href={`tel:${callback.callerPhone}`}>
            {formatPhone(callback.callerPhone)}
          </a>
        ) : (
          <span className="callback-phone masked-phone">{callback.callerPhone}</span>
        )}
        {callback.flagged ? <FlaggedBadge /> : null}
      </p>
      {!isDone && !isDialable(callback.callerPhone) && callback.can.claim ? (
        <p className="field-hint">{t('callbacks.maskedHint')}</p>
      ) : null}
      {callback.flagged && !isDone ? (
        <p className="problem callback-flagged" role="note">
          {t('callbacks.flaggedWarning')}
        </p>
      ) : null}
      <dl className="facts card-facts">
        <dt>{t('callbacks.calls')}</dt>
        <dd>{t('callbacks.callCount', { calls: callback.callCount, time: formatTime(callback.lastCallAt) })}</dd>
        {isDone ? null : (
          <>
            <dt>{t('callbacks.waiting')}</dt>
            <dd className="callback-waiting">{formatDuration(minutesSince(callback.firstCallAt, now))}</dd>
          </>
        )}
        <dt>{isDone ? t('callbacks.calledBy') : t('callbacks.holder')}</dt>
        <dd data-field="holder">
          {callback.claimedBy
            ? callback.claimedAt
              ? t('callbacks.holderSince', { name: callback.claimedBy.name, time: formatTime(callback.claimedAt) })
              : callback.claimedBy.name
            : t('callbacks.nobody')}
        </dd>
        <dt>{t('callbacks.organisation')}</dt>
        <dd>{callback.organisationName}</dd>
        {callback.outcome ? (
          <>
            <dt>{t('callbacks.outcome')}</dt>
            <dd data-field="outcome">{t(`callOutcome.${callback.outcome}`)}</dd>
          </>
        ) : null}
        {callback.caseId ? (
          <>
            <dt>{t('callbacks.case')}</dt>
            <dd>
              <Link to={casePath(callback.caseId)}>{t('callbacks.openCase')}</Link>
            </dd>
          </>
        ) : null}
      </dl>
      {error ? <ProblemAlert error={error} /> : null}
      {callback.can.claim || callback.can.release ? (
        <div className="form-actions">
          {callback.can.claim ? (
            <button type="button" disabled={claim.isPending} onClick={() => claim.mutate()}>
              {t('callbacks.claim')}
            </button>
          ) : null}
          {callback.can.release ? (
            <button
              type="button"
              className="button-secondary"
              disabled={release.isPending}
              onClick={() => release.mutate()}
            >
              {t('callbacks.release')}
            </button>
          ) : null}
        </div>
      ) : null}
      {callback.can.complete ? <CompleteCallbackForm callback={callback} /> : null}
    </li>
  );
}
