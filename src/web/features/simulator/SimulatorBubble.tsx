import { useTranslation } from 'react-i18next';
import type { SimulatorEntry } from '../../../shared/contracts/channels.js';
import { useFormatDate } from '../../components/use-format-date';
import { useOptionalText } from '../../components/use-optional-text';

/** What demos and end-to-end tests look for: each reply the app sent. */
const outboundTestId = 'simulator-outbound';
const missedCallBody = 'missed_call';

/** One message: the citizen's on the right, the helpline's on the left, each with its time and state. */
export function SimulatorBubble({ entry }: { entry: SimulatorEntry }) {
  const { t } = useTranslation();
  const optionalText = useOptionalText();
  const formatTime = useFormatDate({ timeStyle: 'short' });
  const isOutbound = entry.direction === 'outbound';
  // A missed call has no words: the log names its kind instead.
  const isMissedCall = !isOutbound && (entry.body === '' || entry.body === missedCallBody);
  const state =
    entry.state === null
      ? null
      : (optionalText(`${isOutbound ? 'outboundState' : 'inboxState'}.${entry.state}`) ?? entry.state);
  return (
    <li
      className={`bubble bubble-${entry.direction}`}
      data-direction={entry.direction}
      data-state={entry.state ?? undefined}
      data-testid={isOutbound ? outboundTestId : undefined}
    >
      <p className="bubble-text">{isMissedCall ? t('simulator.missedCall') : entry.body}</p>
      <p className="bubble-meta">
        <time dateTime={entry.at}>{formatTime(entry.at)}</time>
        {state ? `${t('common.dotSeparator')}${state}` : null}
      </p>
    </li>
  );
}
