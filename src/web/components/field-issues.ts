// A field's problem, whether the browser found it (the shared contract, before sending) or the server did (a 422's
// `errors`): the same field paths and the same codes either way, so a form words both alike.
import type { ZodError } from 'zod';
import { ApiError } from '../api/api-error';

export interface FieldIssue {
  /** The path in the request body: `name`, `needs.0.resource`. */
  field: string;
  /** The server's code for it (errors.json `validation.*`): `required`, `too_small`, `too_big`, `invalid_phone`… */
  code: string;
  /** The bound that was crossed, when the contract says (only the browser knows it; the server sends words). */
  minimum?: number;
  maximum?: number;
  /** The server's own words, in the language of the request, when it came from the server. */
  message?: string;
}

/** A contract's own refinements carry their code as the message (`invalid_phone`), as the server reads them. */
const codeLike = /^[a-z][a-z0-9_]*$/;

/** The issues of a contract's `safeParse`, coded as the server codes them (http/plugins/problem.ts). */
export function issuesFromZod(error: ZodError): FieldIssue[] {
  return error.issues.map((issue): FieldIssue => {
    const field = issue.path.map(String).join('.') || 'body';
    switch (issue.code) {
      case 'too_small':
        return { field, code: 'too_small', minimum: Number(issue.minimum) };
      case 'too_big':
        return { field, code: 'too_big', maximum: Number(issue.maximum) };
      case 'invalid_type':
        return { field, code: issue.message.includes('received undefined') ? 'required' : 'invalid_type' };
      case 'invalid_value':
        return { field, code: 'invalid_value' };
      case 'invalid_format':
        return { field, code: issue.format === 'email' ? 'invalid_email' : 'invalid' };
      case 'custom':
        return { field, code: codeLike.test(issue.message) ? issue.message : 'invalid' };
      default:
        return { field, code: 'invalid' };
    }
  });
}

/** The field problems of a failed request (none for any other error). */
export function issuesFromProblem(error: unknown): FieldIssue[] {
  if (!(error instanceof ApiError)) return [];
  return error.errors.map(({ field, code, message }) => ({ field, code, message }));
}

/** The first issue of each field, in the order given. */
export function firstPerField(issues: readonly FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => !seen.has(issue.field) && seen.add(issue.field));
}
