import { useTranslation } from 'react-i18next';
import type { Phrase } from './outreach-words';

/**
 * A phrase in the language on screen: its inner phrases worded first, a list of them joined with the catalog's
 * separator. The keys are built from codes the server sends, so they are looked up untyped; a code the catalog does
 * not know yet shows as the code rather than breaking the panel.
 */
export function usePhraseText(): (phrase: Phrase) => string {
  const { t, i18n } = useTranslation();
  const translate = i18n.t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const separator = t('common.listSeparator');
  const say = (phrase: Phrase): string => {
    const params = Object.fromEntries(
      Object.entries(phrase.params).map(([name, value]) => [
        name,
        Array.isArray(value) ? value.map(say).join(separator) : typeof value === 'object' ? say(value) : value,
      ]),
    );
    // With the params: a key held only as plural forms (`_one`, `_other`) exists for a count.
    return i18n.exists(phrase.key, params)
      ? translate(phrase.key, params)
      : (phrase.key.split('.').at(-1) ?? phrase.key);
  };
  return say;
}
