// Closing or fulfilling a case stops its outreach, in the same transaction as the status change: no donor is asked
// for a case that no longer needs them, and asks not sent yet are held back.
import { sql } from 'drizzle-orm';
import type { CaseStatus } from '../../../shared/enums.js';
import type { DbOrTx } from '../../db/client.js';
import { closeOpenAsks } from './answer-close-asks.js';
import { stopRuns } from './stop-outreach.js';

export async function stopCaseOutreach(
  tx: DbOrTx,
  caseId: string,
  to: CaseStatus,
  actorId: string | null,
  now = new Date(),
): Promise<void> {
  if (to !== 'closed' && to !== 'fulfilled') return;
  await stopRuns(tx, sql`case_id = ${caseId}::uuid`, to === 'closed' ? 'case_closed' : 'case_fulfilled', actorId, now);
  // Asks an operator made one by one, outside any run, end with the case too.
  await closeOpenAsks(tx, sql`case_id = ${caseId}::uuid`, now);
}
