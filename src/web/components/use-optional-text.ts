import { useTranslation } from 'react-i18next';

/**
 * The catalog's text for a key built from data (an event's field name), or undefined when the catalog has
 * none: for values the server may add before the catalogs know them.
 */
export function useOptionalText(): (key: string, options?: Record<string, unknown>) => string | undefined {
  const { i18n } = useTranslation();
  const translate = i18n.t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return (key, options) => (i18n.exists(key) ? translate(key, options) : undefined);
}
