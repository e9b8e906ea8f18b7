import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { dateTimeFormat } from './format-date';

/**
 * Dates and times the Indian way, in the language on screen (hi-IN or en-IN), in India's time: the one way the web
 * app writes a moment (format-date.ts says which clock each language uses).
 */
export function useFormatDate(options: Intl.DateTimeFormatOptions): (iso: string) => string {
  // Subscribes to language changes, so a switch re-renders every date on screen.
  useTranslation();
  const format = dateTimeFormat(currentLanguage(), options);
  return (iso) => format.format(new Date(iso));
}
