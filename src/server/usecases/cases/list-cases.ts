import { and, asc, count, eq, ilike, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { caseQuery, CaseSummary } from '../../../shared/contracts/cases.js';
import { canTakeIntake, canUseDesk } from '../../../shared/case-permissions.js';
import { phoneSearch } from '../../domain/cases/phone-search.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { cases, users } from '../../db/schema/index.js';
import { priorityRank } from '../../domain/cases/desk-policy.js';
import { forbidden } from '../../errors.js';
import { caseScope } from '../../db/queries/case-scope.js';
import { presentCaseSummaries, type CaseExtras, type NeedRow } from '../../presenters/case.js';
import { isOpenCase } from '../../db/queries/open-case.js';

type CaseQuery = z.output<typeof caseQuery>;

/** The queue: most urgent first, then least time left. */
export async function listCases(
  db: Db,
  actor: Actor,
  query: CaseQuery,
): Promise<{ items: CaseSummary[]; total: number }> {
  if (!canUseDesk(actor)) throw forbidden();
  const now = new Date();
  const conditions: (SQL | undefined)[] = [caseScope(actor)];
  if (query.status === 'open') conditions.push(isOpenCase(cases.status));
  else conditions.push(eq(cases.status, query.status));
  if (query.district) conditions.push(eq(cases.districtCode, query.district));
  if (query.priority) conditions.push(eq(cases.priorityRank, priorityRank[query.priority]));
  if (query.channel) conditions.push(sql`${query.channel} = any(${cases.channelsUsed})`);
  if (query.need) {
    conditions.push(
      sql`exists (select 1 from case_needs n where n.case_id = "cases"."id" and n.resource = ${query.need})`,
    );
  }
  if (query.assignee === 'me') conditions.push(eq(cases.assigneeId, actor.userId));
  else if (query.assignee === 'unassigned') conditions.push(isNull(cases.assigneeId));
  else if (query.assignee) conditions.push(eq(cases.assigneeId, query.assignee));
  if (query.overdue === 'true') {
    conditions.push(or(lt(cases.fulfilDueAt, now), and(isNull(cases.firstResponseAt), lt(cases.responseDueAt, now))));
  }
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const byPhone = canTakeIntake(actor) ? phoneSearch(query.q) : null;
    conditions.push(
      or(
        ilike(cases.reference, pattern),
        ilike(cases.patientName, pattern),
        ilike(cases.requesterName, pattern),
        byPhone === null
          ? undefined
          : byPhone.kind === 'whole'
            ? sql`${byPhone.e164} = any(${cases.requesterPhones})`
            : sql`exists (select 1 from unnest(${cases.requesterPhones}) as p where right(p, ${byPhone.digits.length}) = ${byPhone.digits})`,
      ),
    );
  }
  const where = and(...conditions);
  // The page with each case's needs, assignee's name and fraud flag in one query (evaluated for the page's
  // rows only), and the total beside it; a window count would evaluate those for every matching row.
  const pageQuery = db
    .select({
      row: cases,
      needs: sql<NeedRow[]>`coalesce((select json_agg(json_build_object('id', n.id, 'caseId', n.case_id,
        'resource', n.resource, 'quantityRequested', n.quantity_requested, 'quantityFulfilled', n.quantity_fulfilled,
        'bloodGroup', n.blood_group, 'medicine', n.medicine, 'position', n.position) order by n.position)
        from case_needs n where n.case_id = "cases"."id"), '[]'::json)`,
      flagged: sql<boolean>`exists (select 1 from flagged_phones f where f.phone = any("cases"."requester_phones"))`,
      assigneeName: users.name,
    })
    .from(cases)
    .leftJoin(users, eq(users.id, cases.assigneeId))
    .where(where)
    .orderBy(asc(cases.priorityRank), asc(cases.fulfilDueAt), asc(cases.id))
    .limit(query.limit)
    .offset(query.offset);
  const [page, totals] = await Promise.all([pageQuery, db.select({ n: count() }).from(cases).where(where)]);
  const rows = page.map((p) => p.row);
  const extras: CaseExtras = {
    needs: new Map(page.map((p) => [p.row.id, p.needs])),
    flagged: new Set(page.filter((p) => p.flagged).map((p) => p.row.id)),
    assigneeNames: new Map(
      page.flatMap((p) => (p.row.assigneeId && p.assigneeName ? [[p.row.assigneeId, p.assigneeName]] : [])),
    ),
  };
  return { items: await presentCaseSummaries(db, rows, now, extras), total: totals[0]?.n ?? 0 };
}
