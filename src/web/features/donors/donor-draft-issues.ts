// What the registration form can tell before it sends anything: the contract's own problems, a NUL or broken
// character pasted in (refused at the server's door under the same rule), and the consent not yet given. Said
// together, so an operator who has not ticked the consent is not told of the missing name only after ticking it.
import { createDonorBody } from '../../../shared/contracts/donors.js';
import { findTextProblem } from '../../../shared/text.js';
import { firstPerField, issuesFromZod, type FieldIssue } from '../../components/field-issues';
import { donorBodyFrom, type DonorDraft } from './donor-draft';

/** The field the consent tick is named by (the body has no such field: nothing is sent without it). */
export const consentField = 'consentGiven';

export function donorDraftIssues(draft: DonorDraft): FieldIssue[] {
  const body = donorBodyFrom(draft);
  const checked = createDonorBody.safeParse(body);
  const issues = checked.success ? [] : issuesFromZod(checked.error);
  const textProblem = findTextProblem(body, '');
  if (textProblem !== null) issues.unshift({ field: textProblem.path, code: textProblem.problem });
  return firstPerField(draft.consentGiven ? issues : [...issues, { field: consentField, code: 'required' }]);
}
