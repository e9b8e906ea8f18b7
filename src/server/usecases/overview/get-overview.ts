import { and, sql } from 'drizzle-orm';
import { canUseDesk } from '../../../shared/case-permissions.js';
import { deskOrganisations } from '../../../shared/channel-permissions.js';
import type { OverviewView } from '../../../shared/contracts/overview.js';
import type { Actor } from '../../../shared/permissions.js';
import { scopeFor } from '../../../shared/scope.js';
import { rowsOf, type Db } from '../../db/client.js';
import { caseScope } from '../../db/queries/case-scope.js';
import { districtDirectory } from '../../db/queries/districts.js';
import { isOpenCase } from '../../db/queries/open-case.js';
import { cases } from '../../db/schema/index.js';
import { scopeCondition } from '../../db/scope-condition.js';
import { forbidden } from '../../errors.js';

interface Row {
  district_code: string;
  priority_rank: number;
  open: number;
  overdue: number;
  mine: number;
}

/** Counts of the open cases the actor may read, by district and priority, in one grouped query. */
export async function getOverview(db: Db, actor: Actor, now = new Date()): Promise<OverviewView> {
  if (!canUseDesk(actor)) throw forbidden();
  const at = now.toISOString();
  const rows = rowsOf<Row>(
    await db.execute(sql`
      select district_code, priority_rank, count(*)::int as open,
        count(*) filter (where fulfil_due_at < ${at}::timestamptz
          or (first_response_at is null and response_due_at < ${at}::timestamptz))::int as overdue,
        count(*) filter (where assignee_id = ${actor.userId}::uuid)::int as mine
      from cases
      where ${and(isOpenCase(cases.status), caseScope(actor))}
      group by district_code, priority_rank`),
  );
  const orgs = deskOrganisations(actor);
  const callbacks =
    orgs !== null && orgs.length === 0
      ? null
      : (rowsOf<{ n: number }>(
          await db.execute(
            sql`select count(*)::int as n from callbacks c where c.status <> 'done' and ${
              scopeCondition(scopeFor(actor, 'desk'), { organisationId: sql`c.organisation_id` }, 'read') ?? sql`true`
            }`,
          ),
        )[0]?.n ?? 0);
  const directory = await districtDirectory(db);
  const priorities = ['critical', 'high', 'normal'] as const;
  const openByPriority = { critical: 0, high: 0, normal: 0 };
  const byDistrict = new Map<string, { open: number; critical: number; overdue: number }>();
  for (const row of rows) {
    const priority = priorities[row.priority_rank] ?? 'normal';
    openByPriority[priority] += row.open;
    const entry = byDistrict.get(row.district_code) ?? { open: 0, critical: 0, overdue: 0 };
    entry.open += row.open;
    entry.overdue += row.overdue;
    if (priority === 'critical') entry.critical += row.open;
    byDistrict.set(row.district_code, entry);
  }
  return {
    openByPriority,
    overdueNow: rows.reduce((n, r) => n + r.overdue, 0),
    mine: rows.reduce((n, r) => n + r.mine, 0),
    callbacksWaiting: callbacks,
    byDistrict: [...byDistrict.entries()]
      .map(([code, counts]) => {
        const d = directory.get(code);
        return { district: { code, name: d?.name ?? code, nameHi: d?.nameHi ?? code }, ...counts };
      })
      .sort((a, b) => b.critical - a.critical || b.overdue - a.overdue || b.open - a.open),
  };
}
