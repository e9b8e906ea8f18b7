import { useTranslation } from 'react-i18next';

/** Counts the Indian way in the language on screen: "2,000", "1,00,000" (Latin digits, as on the rest of the page). */
export function useFormatNumber(): (value: number) => string {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(`${i18n.language}-IN`);
  return (value) => format.format(value);
}
