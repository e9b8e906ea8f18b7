import { useTranslation } from 'react-i18next';
import { durationParts } from './duration';

/** "23 min", "2 h 5 min" in the language on screen. */
export function useFormatDuration(): (minutes: number) => string {
  const { t } = useTranslation();
  return (minutes) => {
    const parts = durationParts(minutes);
    switch (parts.unit) {
      case 'lessThanMinute':
        return t('duration.lessThanMinute');
      case 'minutes':
        return t('duration.minutes', { minutes: parts.minutes });
      case 'hours':
        return parts.minutes === 0
          ? t('duration.hours', { hours: parts.hours })
          : t('duration.hoursMinutes', { hours: parts.hours, minutes: parts.minutes });
      case 'days':
        return parts.hours === 0
          ? t('duration.days', { days: parts.days })
          : t('duration.daysHours', { days: parts.days, hours: parts.hours });
    }
  };
}
