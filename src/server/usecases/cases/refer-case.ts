import { and, eq, inArray, sql } from 'drizzle-orm';
import type { CaseDetail } from '../../../shared/contracts/cases.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { cases, organisations } from '../../db/schema/index.js';
import type { CaseBus } from '../../events/case-bus.js';
import { canUseDesk } from '../../../shared/case-permissions.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import {
  abilitiesFor,
  recordCaseEvent,
  requireAbility,
  runCaseAction,
  touchCase,
  type CaseRow,
} from './case-context.js';

/** Organisations serving the case's district that do not already own it or have it referred. */
async function referrableOrganisations(db: DbOrTx, row: CaseRow): Promise<Array<{ id: string; name: string }>> {
  const taken = [row.organisationId, ...row.referredOrganisationIds].filter((id): id is string => id !== null);
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(
      and(
        sql`${row.districtCode} = any(${organisations.districts})`,
        taken.length > 0 ? sql`not (${inArray(organisations.id, taken)})` : undefined,
      ),
    )
    .orderBy(organisations.name);
}

/** Where a case can be referred, for the person choosing (those who may refer it). */
export async function listReferralOptions(
  db: Db,
  actor: Actor,
  caseId: string,
): Promise<Array<{ id: string; name: string }>> {
  if (!canUseDesk(actor)) throw forbidden();
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId));
  if (!row) throw notFound();
  requireAbility(await abilitiesFor(db, actor, row), 'refer');
  return referrableOrganisations(db, row);
}

/**
 * Refers a case to another organisation serving its district (an oxygen NGO, the police): from then on it sees and
 * works the case like its owner. The referral is an event on the case, with who, when and why.
 */
export async function referCase(
  deps: { db: Db; bus?: CaseBus | undefined },
  actor: Actor,
  caseId: string,
  input: { organisationId: string; note: string },
): Promise<CaseDetail> {
  return runCaseAction(deps, actor, caseId, 'refer', async (tx, row) => {
    const target = (await referrableOrganisations(tx, row)).find((o) => o.id === input.organisationId);
    if (!target) {
      throw new AppError('validation_failed', { count: 1 }, [{ field: 'organisationId', code: 'invalid' }]);
    }
    await touchCase(tx, row, actor, { referredOrganisationIds: [...row.referredOrganisationIds, target.id] });
    await recordCaseEvent(tx, {
      caseId: row.id,
      actorId: actor.userId,
      type: 'referred',
      after: { organisationId: target.id, organisationName: target.name },
      note: input.note,
    });
  });
}
