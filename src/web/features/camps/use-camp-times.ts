import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../components/use-format-date';

const kolkata = 'Asia/Kolkata';

/** A camp's day and hours as the page's language writes them, always on the Kolkata clock. */
export function useCampTimes() {
  const { t } = useTranslation();
  const formatDay = useFormatDate({
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: kolkata,
  });
  const formatTime = useFormatDate({ hour: 'numeric', minute: '2-digit', timeZone: kolkata });
  const formatMoment = useFormatDate({ dateStyle: 'medium', timeStyle: 'short', timeZone: kolkata });
  return {
    day: formatDay,
    time: formatTime,
    moment: formatMoment,
    /** "10:00 am – 2:00 pm". */
    hours: (startsAt: string, endsAt: string) =>
      t('camps.hours', { from: formatTime(startsAt), to: formatTime(endsAt) }),
    /** "Mon, 7 Dec 2026 · 10:00 am – 2:00 pm". */
    when: (startsAt: string, endsAt: string) =>
      t('camps.when', { day: formatDay(startsAt), from: formatTime(startsAt), to: formatTime(endsAt) }),
  };
}
