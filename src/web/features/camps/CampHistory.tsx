import { useTranslation } from 'react-i18next';
import type { CampDetail } from '../../../shared/contracts/camps.js';
import { eventParams, unnamedActorKey } from './camp-event-words';
import { useCampTimes } from './use-camp-times';

/** What happened to the camp, newest first, each with who and when. */
export function CampHistory({ camp }: { camp: CampDetail }) {
  const { t } = useTranslation();
  const times = useCampTimes();
  if (camp.events.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="camp-history">
      <h2 id="camp-history">{t('camps.history.heading')}</h2>
      <ol className="plain-list camp-history">
        {camp.events.map((event) => (
          <li key={event.id} data-event={event.type}>
            <span>{t(`camps.event.${event.type}`, eventParams(event))}</span>{' '}
            <span className="field-hint">
              {t('camps.history.byAt', {
                name: event.actorName ?? t(unnamedActorKey(event)),
                time: times.moment(event.at),
              })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
