// What a donor reads when a field of /donate or /donate/me is wrong: words about that field ("Choose your blood
// group"), the server's own codes for what only it can judge (age, weight, the district, the code) in the
// language on screen, and the general words for anything else.
import type { ParseKeys } from 'i18next';
import type { FieldIssue } from '../../components/field-issues';
import i18n from '../../i18n';

/** Codes whose catalog words say more than the field's own ("Donors are 18 to 65 years old", "ask for a new code"). */
const ownWords = new Set([
  'donor_age',
  'donor_weight',
  'district_not_served',
  'not_a_date',
  'invalid_phone',
  'code_wrong',
  'code_expired',
  'code_used_up',
]);

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

const translate = i18n.t.bind(i18n) as unknown as (key: string, values?: Record<string, string>) => string;

export function donateErrorText(issue: FieldIssue, formatNumber: (n: number) => string): string {
  const field = issue.field.split('.')[0] ?? issue.field;
  if (ownWords.has(issue.code)) return translate(`errors:validation.${issue.code}`);
  if (issue.code === 'too_big' && issue.maximum !== undefined && field !== 'products') {
    return translate('donate.errors.tooLong', { max: formatNumber(issue.maximum) });
  }
  const words = fieldWords[field];
  if (words !== undefined) return translate(words);
  const general = translate(`errors:validation.${issue.code}`, { defaultValue: '' });
  return general !== '' ? general : (issue.message ?? translate('errors:validation.invalid'));
}
