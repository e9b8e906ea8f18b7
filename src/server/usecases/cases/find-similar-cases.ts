import { and, desc, eq, or, sql } from 'drizzle-orm';
import type { CaseSummary } from '../../../shared/contracts/cases.js';
import { canTakeIntake } from '../../../shared/case-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { cases } from '../../db/schema/index.js';
import { dedupWindowHours, patientNameKey } from '../../domain/cases/dedup.js';
import { forbidden } from '../../errors.js';
import { caseScope } from '../../db/queries/case-scope.js';
import { presentCaseSummaries } from '../../presenters/case.js';
import { isOpenCase } from '../../db/queries/open-case.js';

/**
 * Open cases an operator typing a new one should look at first: same phone (a whole number, E.164), or same patient
 * and district. For those who take pleas; the route also limits how often it is asked.
 */
export async function findSimilarCases(
  db: Db,
  actor: Actor,
  query: { phone?: string | undefined; patientName?: string | undefined; district?: string | undefined },
): Promise<CaseSummary[]> {
  if (!canTakeIntake(actor)) throw forbidden();
  const phone = query.phone ?? null;
  const nameKey = patientNameKey(query.patientName);
  const byName =
    nameKey && query.district
      ? and(eq(cases.districtCode, query.district), sql`${cases.patientNameKey} % ${nameKey}`)
      : undefined;
  const byPhone = phone ? sql`${phone} = any(${cases.requesterPhones})` : undefined;
  if (!byName && !byPhone) return [];
  const rows = await db
    .select()
    .from(cases)
    .where(
      and(
        caseScope(actor),
        isOpenCase(cases.status),
        sql`${cases.firstMessageAt} > now() - make_interval(hours => ${dedupWindowHours})`,
        or(byPhone, byName),
      ),
    )
    .orderBy(desc(cases.firstMessageAt))
    .limit(10);
  return presentCaseSummaries(db, rows);
}
