import { eq } from 'drizzle-orm';
import type { CaseDetail } from '../../../shared/contracts/cases.js';
import { canUseDesk } from '../../../shared/case-permissions.js';
import { caseAccess } from '../../domain/cases/abilities.js';
import type { Actor } from '../../../shared/permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { cases } from '../../db/schema/index.js';
import { forbidden, notFound } from '../../errors.js';
import { presentCaseDetail } from '../../presenters/case.js';

/** A case outside the actor's scope (shared/scope.ts) is "not found": a plea is personal data. */
export async function getCase(db: DbOrTx, actor: Actor, caseId: string): Promise<CaseDetail> {
  if (!canUseDesk(actor)) throw forbidden();
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId));
  if (!row || caseAccess(actor, row) === 'none') throw notFound();
  return presentCaseDetail(db, actor, row);
}
