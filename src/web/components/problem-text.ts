import i18n, { currentLanguage } from '../i18n';
import { ApiError, type FieldProblem } from '../api/api-error';

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
  return {
    title: fromCatalog(`${error.code}.title`, error.title) ?? error.title,
    detail: error.code === 'sign_in_locked' ? lockoutDetail(error) : fromCatalog(`${error.code}.detail`, error.detail),
  };
}

function describeFieldProblem(problem: FieldProblem): string {
  return fromCatalog(`validation.${problem.code}`, problem.message) ?? problem.message;
}

/** Per-field messages keyed by the field's path in the request body (`membership.role`). */
export function fieldErrors(error: unknown): Record<string, string> {
  const byField: Record<string, string> = {};
  if (error instanceof ApiError) {
    for (const problem of error.errors) byField[problem.field] ??= describeFieldProblem(problem);
  }
  return byField;
}
