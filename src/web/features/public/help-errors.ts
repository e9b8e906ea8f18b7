// What the citizen reads when a field of "Ask for help" is wrong: words about that field ("Enter your name", "SpO2
// is a percentage between 30 and 100"), not the general ones ("too short (at least 1)"). The bounds come from the
// shared contract, the one the server checks, so the words cannot drift from the rule.
import type { ParseKeys } from 'i18next';
import { publicRequestBody } from '../../../shared/contracts/public.js';
import type { FieldIssue } from '../../components/field-issues';
import i18n from '../../i18n';

const shape = publicRequestBody.shape;
const need = shape.needs.element.shape;

const limit = (value: number | null): number => value ?? Number.POSITIVE_INFINITY;

/** The contract's limits, as the form shows and checks them. */
export const helpLimits = {
  name: limit(shape.name.maxLength),
  patientName: limit(shape.patientName.unwrap().unwrap().maxLength),
  locality: limit(shape.locality.unwrap().unwrap().maxLength),
  hospital: limit(shape.hospital.unwrap().unwrap().maxLength),
  details: limit(shape.details.unwrap().unwrap().maxLength),
  medicine: limit(need.medicine.unwrap().unwrap().maxLength),
  age: { min: limit(shape.age.unwrap().unwrap().minValue), max: limit(shape.age.unwrap().unwrap().maxValue) },
  spo2: { min: limit(shape.spo2.unwrap().unwrap().minValue), max: limit(shape.spo2.unwrap().unwrap().maxValue) },
  quantity: { min: limit(need.quantity.unwrap().minValue), max: limit(need.quantity.unwrap().maxValue) },
} as const;

/** The form's fields top to bottom: the summary lists problems in the order the person meets the fields. */
const fieldOrder = [
  'name',
  'patientName',
  'needs',
  'district',
  'locality',
  'hospital',
  'phone',
  'spo2',
  'age',
  'conditions',
  'details',
  'consent',
];

const position = (field: string): number => {
  const index = fieldOrder.indexOf(field.split('.')[0] ?? field);
  return index === -1 ? fieldOrder.length : index;
};

export function inFormOrder(issues: readonly FieldIssue[]): FieldIssue[] {
  return [...issues].sort((a, b) => position(a.field) - position(b.field) || a.field.localeCompare(b.field));
}

interface Wording {
  key: ParseKeys<'translation'>;
  values?: Record<string, string>;
}

/** `needs.1.quantity` → `needs.quantity`: the words are the same for every line. */
const fieldKind = (field: string): string => field.replace(/\.\d+(?=\.|$)/g, '');

function wordingFor(issue: FieldIssue, formatNumber: (n: number) => string): Wording | null {
  const range = (bounds: { min: number; max: number }) => ({
    min: formatNumber(bounds.min),
    max: formatNumber(bounds.max),
  });
  const tooLong = (max: number): Wording => ({ key: 'help.errors.tooLong', values: { max: formatNumber(max) } });
  const isMissing = issue.code === 'required' || issue.code === 'too_small';
  switch (fieldKind(issue.field)) {
    case 'name':
      return issue.code === 'too_big' ? tooLong(helpLimits.name) : { key: 'help.errors.name' };
    case 'patientName':
      return issue.code === 'too_big' ? tooLong(helpLimits.patientName) : null;
    case 'phone':
      // A wrong number already has plain words of its own (errors.json `validation.invalid_phone`).
      return isMissing ? { key: 'help.errors.phone' } : null;
    case 'needs':
      return isMissing ? { key: 'help.errors.needs' } : null;
    case 'needs.resource':
      return { key: 'help.errors.resource' };
    case 'needs.quantity':
      return { key: 'help.errors.quantity', values: range(helpLimits.quantity) };
    case 'needs.bloodGroup':
      return { key: 'help.errors.bloodGroup' };
    case 'needs.medicine':
      return issue.code === 'too_big' ? tooLong(helpLimits.medicine) : null;
    case 'district':
      return { key: 'help.errors.district' };
    case 'locality':
      return issue.code === 'too_big' ? tooLong(helpLimits.locality) : null;
    case 'hospital':
      return issue.code === 'too_big' ? tooLong(helpLimits.hospital) : null;
    case 'spo2':
      return { key: 'help.errors.spo2', values: range(helpLimits.spo2) };
    case 'age':
      return { key: 'help.errors.age', values: range(helpLimits.age) };
    case 'details':
      return issue.code === 'too_big' ? tooLong(helpLimits.details) : null;
    case 'consent':
      return { key: 'help.consentRequired' };
    default:
      return null;
  }
}

/** `t` for keys built here: `Wording.key` is checked against the catalog where it is written. */
const translate = i18n.t.bind(i18n) as unknown as (key: string, values?: Record<string, string>) => string;

/**
 * The words for one field's problem, in the language on screen: the form's own when it has them; else the general
 * words for its code (errors.json `validation.*`); else the server's, which carry the bound it checked.
 */
export function helpErrorText(issue: FieldIssue, formatNumber: (n: number) => string): string {
  const wording = wordingFor(issue, formatNumber);
  if (wording !== null) return translate(wording.key, wording.values);
  const fromServerWithBound = issue.message !== undefined && (issue.code === 'too_small' || issue.code === 'too_big');
  const general = translate(`errors:validation.${issue.code}`, {
    minimum: issue.minimum === undefined ? '' : formatNumber(issue.minimum),
    maximum: issue.maximum === undefined ? '' : formatNumber(issue.maximum),
    defaultValue: '',
  });
  if (general !== '' && !fromServerWithBound) return general;
  return issue.message ?? translate('errors:validation.invalid');
}
