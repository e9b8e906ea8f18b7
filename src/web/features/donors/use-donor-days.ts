import { useTranslation } from 'react-i18next';
import { useNowEachMinute } from '../../components/use-now';
import { currentLanguage } from '../../i18n';
import { formatDay, kolkataDay } from './donor-days';

/** Today on the donor rules' calendar (Kolkata), and days written in the language on screen; follows midnight. */
export function useDonorDays(): { today: string; formatDay: (day: string) => string } {
  // Subscribes to language changes, so a switch rewrites every day on screen.
  useTranslation();
  const today = kolkataDay(useNowEachMinute());
  const language = currentLanguage();
  return { today, formatDay: (day) => formatDay(day, language, today) };
}
