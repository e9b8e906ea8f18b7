// The words for a field's problem on a staff form, from its code and what the contract says of the field: an empty
// required field "This is required", a number out of range "Give a number from 30 to 100", a PIN code "A PIN code
// has 6 digits" — not the general "too short (at least 1)". Codes with words of their own (errors.json
// `validation.invalid_phone`, `password_too_simple`…) keep them. Pure: the caller passes its `t`, so it is tested.
import type { FieldIssue } from './field-issues';

export interface FieldWording {
  /** A key of the web catalog (`fieldProblem.*`) or of errors.json (`errors:validation.*`). */
  key: string;
  /** Bounds to format in the language on screen. */
  numbers?: { min?: number; max?: number };
}

/** Fields whose shape has words of its own, by the last part of their path. */
const shapedFields: Record<string, string> = { pincode: 'fieldProblem.pincode' };

const lastSegment = (field: string): string =>
  field
    .split('.')
    .filter((s) => !/^\d+$/.test(s))
    .at(-1) ?? field;

/** The words for an issue, or null when only the general words for its code (or the server's) fit. */
export function fieldIssueWording(issue: FieldIssue): FieldWording | null {
  const { code, kind, minimum: min, maximum: max } = issue;
  const shaped = shapedFields[lastSegment(issue.field)];
  if (shaped !== undefined && ['invalid', 'too_small', 'too_big', 'invalid_type'].includes(code)) {
    return { key: shaped };
  }
  const missing =
    code === 'required' ||
    (code === 'too_small' && (min === undefined || min <= 1) && kind !== 'number' && kind !== undefined) ||
    // The server's "at least 1" without the contract at hand: an empty text or list, the common case by far.
    (code === 'too_small' && kind === undefined && min === 1);
  if (missing) {
    if (kind === 'list') return { key: 'fieldProblem.requiredOne' };
    if (kind === 'choice' || kind === 'yesNo') return { key: 'fieldProblem.chooseOne' };
    return { key: 'fieldProblem.required' };
  }
  if (code === 'invalid_value') return { key: 'fieldProblem.chooseOne' };
  const outOfBounds = code === 'too_small' || code === 'too_big';
  if (kind === 'number' && (outOfBounds || code === 'invalid_type')) {
    if (min !== undefined && max !== undefined) return { key: 'fieldProblem.between', numbers: { min, max } };
    if (min !== undefined) return { key: 'fieldProblem.atLeast', numbers: { min } };
    if (max !== undefined) return { key: 'fieldProblem.atMost', numbers: { max } };
    return { key: 'fieldProblem.notANumber' };
  }
  if (kind === 'text' && code === 'too_small' && min !== undefined) {
    return { key: 'fieldProblem.textTooShort', numbers: { min } };
  }
  if (kind === 'text' && code === 'too_big' && max !== undefined) {
    return { key: 'fieldProblem.textTooLong', numbers: { max } };
  }
  if (kind === 'list' && code === 'too_small' && min !== undefined) {
    return { key: 'fieldProblem.listTooShort', numbers: { min } };
  }
  if (kind === 'list' && code === 'too_big' && max !== undefined) {
    return { key: 'fieldProblem.listTooLong', numbers: { max } };
  }
  return null;
}

export type Translate = (key: string, values?: Record<string, string>) => string;

export interface Speech {
  t: Translate;
  formatNumber: (n: number) => string;
  /** errors.json's template for `validation.<code>` in the language on screen, unfilled (undefined when none). */
  template: (code: string) => string | undefined;
}

/**
 * The words for one field's problem in the language on screen: the wording above; else the general words for its
 * code when they need nothing filled in (errors.json `validation.*`), so they follow a language switch; else the
 * server's own, which carry what it filled in (the bound it checked).
 */
export function fieldIssueText(issue: FieldIssue, { t, formatNumber, template }: Speech): string {
  const wording = fieldIssueWording(issue);
  if (wording !== null) {
    const values: Record<string, string> = {};
    if (wording.numbers?.min !== undefined) values.min = formatNumber(wording.numbers.min);
    if (wording.numbers?.max !== undefined) values.max = formatNumber(wording.numbers.max);
    return t(wording.key, values);
  }
  const general = template(issue.code);
  if (general !== undefined && !general.includes('{{')) return t(`errors:validation.${issue.code}`);
  return issue.message ?? t('errors:validation.invalid');
}

/** A line of a form's error summary: the field's name, then what is wrong with it. */
export function summaryLine(t: Translate, label: string | undefined, message: string): string {
  return label === undefined || label === '' ? message : t('fieldProblem.line', { field: label, message });
}
