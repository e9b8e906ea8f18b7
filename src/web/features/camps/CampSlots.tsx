import { useTranslation } from 'react-i18next';
import type { CampDetail } from '../../../shared/contracts/camps.js';
import { useFormatNumber } from '../../components/use-format-number';
import { useCampTimes } from './use-camp-times';

/** The camp's time slots with their places taken and free, and the walk-ins who took none. */
export function CampSlots({ camp }: { camp: CampDetail }) {
  const { t } = useTranslation();
  const times = useCampTimes();
  const formatNumber = useFormatNumber();
  return (
    <section className="panel" aria-labelledby="camp-slots">
      <h2 id="camp-slots">{t('camps.slots.heading')}</h2>
      <p className="field-hint">
        {t('camps.slots.rule', {
          minutes: formatNumber(camp.slotMinutes),
          capacity: formatNumber(camp.slotCapacity),
        })}
      </p>
      <ul className="plain-list camp-slots">
        {camp.slots.map((slot) => (
          <li
            key={slot.startsAt}
            className={slot.free === 0 ? 'camp-slot camp-slot-full' : 'camp-slot'}
            data-slot={slot.startsAt}
            data-free={slot.free}
          >
            <span className="camp-slot-time">{times.hours(slot.startsAt, slot.endsAt)}</span>
            <span className="camp-slot-places">
              {slot.free === 0
                ? t('camps.slots.full', { taken: formatNumber(slot.taken) })
                : t('camps.slots.places', {
                    taken: formatNumber(slot.taken),
                    capacity: formatNumber(slot.capacity),
                    free: formatNumber(slot.free),
                  })}
            </span>
          </li>
        ))}
      </ul>
      {camp.walkIns > 0 ? (
        <p>{t('camps.slots.walkIns', { count: camp.walkIns, n: formatNumber(camp.walkIns) })}</p>
      ) : null}
    </section>
  );
}
