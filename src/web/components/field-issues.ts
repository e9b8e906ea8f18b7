// A field's problem, whether the browser found it (the shared contract, before sending) or the server did (a 422's
// `errors`): the same field paths and the same codes either way, so a form words both alike.
import type { z, ZodError } from 'zod';
import { ApiError } from '../api/api-error';
import { fieldRuleAt, type FieldKind } from './field-rules';

export interface FieldIssue {
  /** The path in the request body: `name`, `needs.0.resource`. */
  field: string;
  /** The server's code for it (errors.json `validation.*`): `required`, `too_small`, `too_big`, `invalid_phone`… */
  code: string;
  /** The bound that was crossed, when the contract says (only the browser knows it; the server sends words). */
  minimum?: number;
  maximum?: number;
  /** What the field holds (text, a number, a list, a choice), when the contract says. */
  kind?: FieldKind;
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
        return { field, code: 'too_small', minimum: Number(issue.minimum), ...kindOf(issue.origin) };
      case 'too_big':
        return { field, code: 'too_big', maximum: Number(issue.maximum), ...kindOf(issue.origin) };
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

const origins: Record<string, FieldKind> = { string: 'text', number: 'number', array: 'list', set: 'list' };
const kindOf = (origin: string): { kind?: FieldKind } => (origin in origins ? { kind: origins[origin] } : {});

/**
 * The issue with what the contract says of its field: its kind and both bounds, so "too big (at most 100)" can be
 * worded "between 30 and 100", and a text's "at least 1" as "required". The issue's own bound wins where it has one.
 */
export function withRule(issue: FieldIssue, contract: z.ZodType | undefined): FieldIssue {
  const rule = contract === undefined ? null : fieldRuleAt(contract, issue.field);
  if (rule === null) return issue;
  const minimum = issue.minimum ?? rule.minimum;
  const maximum = issue.maximum ?? rule.maximum;
  return {
    ...issue,
    kind: issue.kind ?? rule.kind,
    ...(minimum === undefined ? {} : { minimum }),
    ...(maximum === undefined ? {} : { maximum }),
  };
}

/** The field problems of a failed request (none for any other error). */
export function issuesFromProblem(error: unknown): FieldIssue[] {
  if (!(error instanceof ApiError)) return [];
  return error.errors.map(({ field, code, message, minimum, maximum }) => ({
    field,
    code,
    message,
    ...(minimum === undefined ? {} : { minimum }),
    ...(maximum === undefined ? {} : { maximum }),
  }));
}

/** The first issue of each field, in the order given. */
export function firstPerField(issues: readonly FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => !seen.has(issue.field) && seen.add(issue.field));
}
