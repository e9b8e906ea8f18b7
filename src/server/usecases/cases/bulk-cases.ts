import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { canTakeIntake } from '../../../shared/case-permissions.js';
import { AppError, forbidden } from '../../errors.js';
import type { CaseBus } from '../../events/case-bus.js';
import { translatorFor } from '../../i18n.js';
import type { Language } from '../../../shared/enums.js';
import { assignCase } from './assign-case.js';
import { transitionCase } from './transition-case.js';

/** Each case is its own transaction: one refusal does not undo the others, and is reported. */
export async function bulkCases(
  deps: { db: Db; bus?: CaseBus | undefined },
  actor: Actor,
  input: {
    caseIds: string[];
    action: 'assign' | 'close_duplicate';
    assigneeId?: string | null | undefined;
    duplicateOf?: string | undefined;
  },
  language: Language,
): Promise<{ done: string[]; failed: Array<{ caseId: string; code: string; title: string }> }> {
  if (!canTakeIntake(actor)) throw forbidden();
  if (input.action === 'assign' && input.assigneeId === undefined) {
    throw new AppError('validation_failed', { count: 1 }, [{ field: 'assigneeId', code: 'required' }]);
  }
  if (input.action === 'close_duplicate' && !input.duplicateOf) {
    throw new AppError('validation_failed', { count: 1 }, [{ field: 'duplicateOf', code: 'required' }]);
  }
  const t = translatorFor(language);
  const done: string[] = [];
  const failed: Array<{ caseId: string; code: string; title: string }> = [];
  for (const caseId of [...new Set(input.caseIds)]) {
    try {
      if (input.action === 'assign') await assignCase(deps, actor, caseId, input.assigneeId ?? null);
      else
        await transitionCase(deps, actor, caseId, {
          to: 'closed',
          closeReason: 'duplicate',
          duplicateOf: input.duplicateOf,
        });
      done.push(caseId);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      failed.push({ caseId, code: error.code, title: t(`${error.code}.title`) });
    }
  }
  return { done, failed };
}
