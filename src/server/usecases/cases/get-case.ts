import { eq } from 'drizzle-orm';
import type { CaseDetail } from '../../../shared/contracts/cases.js';
import { canReadCase, canUseDesk } from '../../../shared/case-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { cases } from '../../db/schema/index.js';
import { forbidden, notFound } from '../../errors.js';
import { presentCaseDetail } from './present-case.js';

/** A case outside the actor's districts is "not found": a plea is personal data. */
export async function getCase(db: DbOrTx, actor: Actor, caseId: string): Promise<CaseDetail> {
  if (!canUseDesk(actor)) throw forbidden();
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId));
  if (!row || !canReadCase(actor, row)) throw notFound();
  return presentCaseDetail(db, actor, row);
}
