import { useTranslation } from 'react-i18next';
import { useFormatDuration } from '../../components/use-format-duration';
import { useNowEachMinute } from '../../components/use-now';
import { readClock, type Sla } from './sla-clock-state';

/** "waiting 23 min (target 30 min)", coloured by how it stands, ticking each minute. */
export function SlaClock({ sla, className = '' }: { sla: Sla; className?: string }) {
  const { t } = useTranslation();
  const now = useNowEachMinute();
  const formatDuration = useFormatDuration();
  const clock = readClock(sla, now);
  const values = { duration: formatDuration(clock.minutes), target: formatDuration(sla.targetMinutes) };
  const flagged =
    clock.state === 'near' || clock.state === 'overdue' || clock.state === 'missed' || clock.state === 'closed';
  const time = clock.isRunning
    ? t('sla.waiting', values)
    : clock.state === 'closed'
      ? t('sla.closedAfter', values)
      : t('sla.took', values);
  return (
    <p className={`sla-clock sla-${clock.state} ${className}`.trim()} data-sla-state={clock.state}>
      <span className="sla-time">{time}</span>
      {flagged ? <span className="sla-state">{t(`slaState.${clock.state}`)}</span> : null}
    </p>
  );
}
