import { useTranslation } from 'react-i18next';

/** Dates and times the Indian way, in the language on screen (hi-IN or en-IN), in local time. */
export function useFormatDate(options: Intl.DateTimeFormatOptions): (iso: string) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(`${i18n.language}-IN`, options);
  return (iso) => format.format(new Date(iso));
}
