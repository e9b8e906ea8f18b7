import { useTranslation } from 'react-i18next';
import type { TransfusionPatientEventView } from '../../../shared/contracts/transfusion-patients.js';
import { transfusionPatientStates, type TransfusionPatientState } from '../../../shared/enums.js';
import { useFormatDate } from '../../components/use-format-date';

const isState = (value: unknown): value is TransfusionPatientState =>
  typeof value === 'string' && (transfusionPatientStates as readonly string[]).includes(value);

/** The child's history, newest first: what changed, who did it (or the system) and when. */
export function ChildEvents({ events }: { events: readonly TransfusionPatientEventView[] }) {
  const { t } = useTranslation();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  if (events.length === 0) return null;
  return (
    <details className="panel child-events" data-folded="history">
      <summary>{t('thalassemia.history.heading')}</summary>
      <ol className="plain-list">
        {events.map((event) => {
          const { from, to, reason } = event.details;
          const change =
            event.type === 'state_changed' && isState(from) && isState(to)
              ? t('thalassemia.history.stateChange', {
                  from: t(`thalassemia.state.${from}`),
                  to: t(`thalassemia.state.${to}`),
                })
              : null;
          return (
            <li key={event.id} className="child-event" data-type={event.type}>
              <p>
                <strong>{t(`thalassemia.event.${event.type}`)}</strong>
                {change === null ? null : ` ${change}`}
                {typeof reason === 'string' && reason !== '' ? ` (${reason})` : null}
              </p>
              <p className="field-hint">
                {[formatTime(event.at), event.actorName ?? t('thalassemia.history.system')].join(
                  t('common.dotSeparator'),
                )}
              </p>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
