// GET …/needs/{needId}/asks: every donor asked for a need, newest first, with the run and what the actor may do.
import type { AsksView } from '../../../shared/contracts/outreach.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { loadNeedContext, requireOutreach } from './need-context.js';
import { asksView } from './outreach-view.js';

export async function listAsks(db: Db, actor: Actor, caseId: string, needId: string): Promise<AsksView> {
  const now = new Date();
  return db.transaction(async (tx) => {
    const context = await loadNeedContext(tx, actor, caseId, needId, { now });
    requireOutreach(context.abilities.read);
    return asksView(tx, context, now);
  });
}
