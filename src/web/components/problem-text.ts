import type { z } from 'zod';
import i18n, { currentLanguage } from '../i18n';
import { ApiError } from '../api/api-error';
import { firstPerField, issuesFromProblem, withRule } from './field-issues';
import { fieldIssueText, summaryLine, type Speech } from './field-words';

export interface ProblemText {
  title: string;
  detail: string | undefined;
}

/**
 * The catalog's text when it needs no parameters, so a message on screen follows a later language
 * switch; otherwise the server's own text (it fills in the parameters, in the language of the request).
 */
function fromCatalog(key: string, serverText: string | undefined): string | undefined {
  const template: unknown = i18n.getResource(currentLanguage(), 'errors', key);
  if (typeof template === 'string' && !template.includes('{{')) return template;
  return serverText;
}

function lockoutDetail(error: ApiError): string | undefined {
  if (error.retryAfterSeconds === null) return error.detail;
  return i18n.t('errors:sign_in_locked.detail', { minutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) });
}

/** What to tell a person about a failed request, by its stable `code`. */
export function describeProblem(error: unknown): ProblemText {
  if (!(error instanceof ApiError) || error.code === 'unexpected_response') {
    return { title: i18n.t('problem.unexpected.title'), detail: i18n.t('problem.unexpected.detail') };
  }
  if (error.code === 'network_error') {
    return { title: i18n.t('problem.network.title'), detail: i18n.t('problem.network.detail') };
  }
  if (error.code === 'validation_failed' && error.errors.length > 0) {
    // Counted as the form lists them: one line per field (the server counts every problem, two for one password).
    const fields = new Set(error.errors.map((e) => e.field)).size;
    return {
      title: fromCatalog('validation_failed.title', error.title) ?? error.title,
      detail: i18n.t('fieldProblem.count', { count: fields }),
    };
  }
  return {
    title: fromCatalog(`${error.code}.title`, error.title) ?? error.title,
    detail: error.code === 'sign_in_locked' ? lockoutDetail(error) : fromCatalog(`${error.code}.detail`, error.detail),
  };
}

/** The words for field problems in the language on screen, with i18next and numbers the Indian way. */
export function fieldSpeech(): Speech {
  const language = currentLanguage();
  const format = new Intl.NumberFormat(`${language}-IN`);
  const translate = i18n.t.bind(i18n) as unknown as Speech['t'];
  return {
    t: translate,
    formatNumber: (n) => format.format(n),
    template: (code) => {
      const template: unknown = i18n.getResource(language, 'errors', `validation.${code}`);
      return typeof template === 'string' ? template : undefined;
    },
  };
}

/**
 * Per-field messages keyed by the field's path in the request body (`membership.role`), the first problem of each.
 * With the request's contract, the words name the problem ("This is required", "Give a number from 30 to 100").
 */
export function fieldErrors(error: unknown, contract?: z.ZodType): Record<string, string> {
  const speech = fieldSpeech();
  return Object.fromEntries(
    firstPerField(issuesFromProblem(error)).map((issue) => [
      issue.field,
      fieldIssueText(withRule(issue, contract), speech),
    ]),
  );
}

/** An error summary's lines: each names its field (by `labelOf`, the form's own labels) and what is wrong. */
export function summaryItems(
  errors: Record<string, string>,
  labelOf: (field: string) => string | undefined,
): { field: string; message: string }[] {
  const { t } = fieldSpeech();
  return Object.entries(errors).map(([field, message]) => ({
    field,
    message: summaryLine(t, labelOf(field), message),
  }));
}
