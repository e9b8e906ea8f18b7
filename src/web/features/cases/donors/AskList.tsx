import { useTranslation } from 'react-i18next';
import type { AskView } from '../../../../shared/contracts/outreach.js';
import { useFormatDate } from '../../../components/use-format-date';
import { DonorLine } from './DonorLine';
import { orderAsks } from './outreach-words';

/**
 * Who was asked and where each stands: matched first, then those who said yes after the units were arranged,
 * those awaiting an answer, and the closed asks. Refreshed live with the case.
 */
export function AskList({ asks }: { asks: readonly AskView[] }) {
  const { t } = useTranslation();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  if (asks.length === 0) return <p className="field-hint">{t('outreach.ask.none')}</p>;
  return (
    <ul className="plain-list donor-asks">
      {orderAsks(asks).map((ask) => (
        <li
          key={ask.id}
          className={`donor-card donor-ask ask-${ask.state}`}
          data-donor-id={ask.donor.id}
          data-state={ask.state}
        >
          <p className="donor-ask-state">
            <span className={`badge ask-state ask-state-${ask.state}`}>{t(`outreach.ask.state.${ask.state}`)}</span>
            <span className="donor-ask-kind">
              {ask.kind === 'wave'
                ? t('outreach.ask.kind.wave', { wave: ask.wave })
                : t(`outreach.ask.kind.${ask.kind}`)}
            </span>
          </p>
          <DonorLine donor={ask.donor} distanceKm={ask.distanceKm} />
          <p className="donor-ask-times">
            {ask.state === 'queued' && ask.sendAfter ? (
              <span>{t('outreach.ask.goesOutAt', { time: formatTime(ask.sendAfter) })}</span>
            ) : (
              <span>
                {ask.askedBy
                  ? t('outreach.ask.askedBy', { time: formatTime(ask.askedAt), name: ask.askedBy.name })
                  : t('outreach.ask.askedAt', { time: formatTime(ask.askedAt) })}
              </span>
            )}
            {ask.answeredAt && ask.answerChannel ? (
              <span>
                {t('outreach.ask.answeredAt', {
                  time: formatTime(ask.answeredAt),
                  channel: t(`outreach.ask.channel.${ask.answerChannel}`),
                })}
              </span>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
