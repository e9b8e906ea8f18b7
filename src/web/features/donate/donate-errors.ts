// What a donor reads when a field of /donate or /donate/me is wrong, in the language on screen (the choice of
// words is donate-error-words.ts).
import type { FieldIssue } from '../../components/field-issues';
import i18n from '../../i18n';
import { donateErrorWords } from './donate-error-words';

const translate = i18n.t.bind(i18n) as unknown as (key: string, values?: Record<string, string>) => string;
const hasOwnWords = (code: string) => i18n.exists(`errors:validation.${code}`);

export function donateErrorText(issue: FieldIssue, formatNumber: (n: number) => string): string {
  const words = donateErrorWords(issue, hasOwnWords);
  if (words === null) return issue.message ?? translate('errors:validation.invalid');
  return translate(words.key, words.max === undefined ? undefined : { max: formatNumber(words.max) });
}
