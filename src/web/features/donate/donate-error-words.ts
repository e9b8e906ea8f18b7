// What a donor reads when a field of /donate or /donate/me is wrong: words about that field ("Choose your blood
// group") when it is missing or malformed, and the words of the code itself (errors.json `validation.<code>`) for
// every problem that says more than that — the age, the weight, the district, the code, a day still to come, a
// pasted NUL — in the language on screen; the general words for anything else.
import type { ParseKeys } from 'i18next';
import type { FieldIssue } from '../../components/field-issues';

/**
 * The shape codes, which say only that the field is missing or not what it should be: the field's own words say
 * that better. Any other code names a rule ("Donors are 18 to 65 years old") and keeps its own words.
 */
const shapeCodes = new Set(['required', 'too_small', 'too_big', 'invalid_type', 'invalid_value', 'invalid']);

const fieldWords: Record<string, ParseKeys<'translation'>> = {
  name: 'donate.errors.name',
  phone: 'donate.errors.phone',
  sex: 'donate.errors.sex',
  dateOfBirth: 'donate.errors.dateOfBirth',
  weightBand: 'donate.errors.weightBand',
  bloodGroup: 'donate.errors.bloodGroup',
  products: 'donate.errors.products',
  district: 'donate.errors.district',
  pincode: 'donate.errors.pincode',
  consent: 'donate.errors.consent',
  code: 'donate.errors.code',
};

/** A catalog key and the numbers to write into it. */
export interface DonateErrorWords {
  key: string;
  max?: number;
}

/**
 * The words for an issue: a catalog key, or null for the server's own message. `hasOwnWords(code)` says whether
 * errors.json has `validation.<code>` (passed in, so this stays pure and tested).
 */
export function donateErrorWords(issue: FieldIssue, hasOwnWords: (code: string) => boolean): DonateErrorWords | null {
  const field = issue.field.split('.')[0] ?? issue.field;
  if (!shapeCodes.has(issue.code) && hasOwnWords(issue.code)) return { key: `errors:validation.${issue.code}` };
  if (issue.code === 'too_big' && issue.maximum !== undefined && field !== 'products') {
    return { key: 'donate.errors.tooLong', max: issue.maximum };
  }
  const words = fieldWords[field];
  if (words !== undefined) return { key: words };
  if (hasOwnWords(issue.code)) return { key: `errors:validation.${issue.code}` };
  return issue.message === undefined ? { key: 'errors:validation.invalid' } : null;
}
