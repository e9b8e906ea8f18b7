// Runs one outreach action on one need the way every case action runs: the case locked, the ability checked, the
// change and its events in one transaction, the case's version bumped, live views told after commit, and the need
// answered as it now stands.
import { eq, sql } from 'drizzle-orm';
import type { AsksView } from '../../../shared/contracts/outreach.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db, Tx } from '../../db/client.js';
import { cases } from '../../db/schema/index.js';
import { caseChange, type CaseBus } from '../../events/case-bus.js';
import type { OutreachAbilities } from '../../domain/outreach/outreach-abilities.js';
import { loadNeedContext, requireOutreach, type NeedContext } from './need-context.js';
import { asksView } from './outreach-view.js';

export async function runOutreachAction(
  deps: { db: Db; bus?: CaseBus | undefined },
  actor: Actor,
  ids: { caseId: string; needId: string },
  ability: Exclude<keyof OutreachAbilities, 'read'>,
  change: (tx: Tx, context: NeedContext, now: Date) => Promise<void>,
): Promise<AsksView> {
  const now = new Date();
  const { view, context } = await deps.db.transaction(async (tx) => {
    const locked = await loadNeedContext(tx, actor, ids.caseId, ids.needId, { lock: true, now });
    requireOutreach(locked.abilities[ability]);
    await change(tx, locked, now);
    await tx
      .update(cases)
      .set({ version: sql`${cases.version} + 1`, updatedAt: now })
      .where(eq(cases.id, locked.caseRow.id));
    const after = await loadNeedContext(tx, actor, ids.caseId, ids.needId, { now });
    return { view: await asksView(tx, after, now), context: locked };
  });
  deps.bus?.publish(caseChange(context.caseRow));
  return view;
}
