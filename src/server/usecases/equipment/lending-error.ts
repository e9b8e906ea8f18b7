// A lending refusal as the error the API answers with (domain/lending/refusals.ts): not_found, forbidden, or a 409
// whose detail is the reason in the caller's language.
import { lendingProblem, type AnyLendingRefusal } from '../../domain/lending/refusals.js';
import { AppError, forbidden, notFound } from '../../errors.js';

export function lendingError(refusal: AnyLendingRefusal, params: Record<string, unknown> = {}): AppError {
  const problem = lendingProblem(refusal);
  if (problem.code === 'not_found') return notFound();
  if (problem.code === 'forbidden') return forbidden();
  return new AppError(problem.code, { reasonKey: problem.reasonKey, ...params });
}

/** A 400 naming one field (a key under errors:validation.*). */
export function fieldError(field: string, code: string): AppError {
  return new AppError('validation_failed', { count: 1 }, [{ field, code }]);
}
