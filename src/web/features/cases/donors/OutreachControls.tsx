import { useTranslation } from 'react-i18next';
import type { OutreachCan, OutreachView } from '../../../../shared/contracts/outreach.js';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { useFormatDate } from '../../../components/use-format-date';
import { hasAsks, outreachStateWord } from './outreach-words';

interface OutreachControlsProps {
  outreach: OutreachView;
  can: OutreachCan;
  onStart: () => void;
  onStop: () => void;
  isPending: boolean;
}

/** Where the need's outreach stands (wave, radius, when it widens, how it stopped), and starting or stopping it. */
export function OutreachControls({ outreach, can, onStart, onStop, isPending }: OutreachControlsProps) {
  const { t } = useTranslation();
  const formatTime = useFormatDate({ timeStyle: 'short' });
  const { counts } = outreach;
  const anyAsked = hasAsks(outreach);
  return (
    <div className="outreach-controls" data-outreach={outreach.state}>
      <p className="outreach-state">
        {outreach.state === 'running'
          ? outreach.nextWaveAt
            ? t('outreach.panel.runningUntil', {
                wave: outreach.wave,
                radius: outreach.radiusKm,
                time: formatTime(outreach.nextWaveAt),
              })
            : t('outreach.panel.running', { wave: outreach.wave, radius: outreach.radiusKm })
          : outreach.state === 'stopped' && outreach.stopReason
            ? t('outreach.panel.stopped', { reason: t(`outreach.stopReason.${outreach.stopReason}`) })
            : t(`outreach.panel.state.${outreachStateWord(outreach)}`)}
      </p>
      {outreach.state === 'idle' && !anyAsked ? null : (
        <p className="outreach-counts">
          {t('outreach.panel.counts', {
            asked: counts.queued + counts.sent,
            matched: counts.matched,
            yes: counts.yes,
            no: counts.no,
            expired: counts.expired,
          })}
        </p>
      )}
      {outreach.quietHoursNow ? <p className="outreach-night">{t('outreach.panel.night')}</p> : null}
      <div className="outreach-buttons">
        {can.start ? (
          <button type="button" data-action="start-outreach" disabled={isPending} onClick={onStart}>
            {outreach.state === 'running'
              ? t('outreach.panel.nextWave', { count: outreach.nextWaveSize })
              : t('outreach.panel.start', { count: outreach.nextWaveSize })}
          </button>
        ) : null}
        {can.stop ? (
          <span data-action="stop-outreach">
            <ConfirmButton
              label={t('outreach.panel.stop')}
              question={t('outreach.panel.stopQuestion')}
              confirmLabel={t('outreach.panel.stopConfirm')}
              onConfirm={onStop}
              isPending={isPending}
            />
          </span>
        ) : null}
      </div>
    </div>
  );
}
