// The loans the reader may see, filtered (active, overdue, due by a day, a depot, a case), soonest due first; phones
// masked. Overdue is computed against today's Kolkata day, as everywhere.
import { and, asc, count, desc, eq, gte, ilike, inArray, lt, lte, ne, or, type SQL } from 'drizzle-orm';
import type { LoanList, LoanQuery, LoanSummary } from '../../../shared/contracts/loans.js';
import type { Actor } from '../../../shared/permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { districtDirectory } from '../../db/queries/districts.js';
import { lendingScope } from '../../db/queries/lending-scope.js';
import { cases, depots, equipmentItems, loans, organisations } from '../../db/schema/index.js';
import { kolkataDay } from '../../domain/blood/calendar.js';
import { presentLoanSummary, type LoanRow } from '../../presenters/loan.js';
import { requireLending } from './loan-action.js';

/** Summaries of loan rows (their organisations, cases, items and depots read in one go each). */
export async function loanSummaries(db: DbOrTx, rows: readonly LoanRow[], now: Date): Promise<LoanSummary[]> {
  if (rows.length === 0) return [];
  const ids = <K extends keyof LoanRow>(key: K) => [...new Set(rows.map((r) => r[key] as string))];
  const [orgRows, caseRows, itemRows, depotRows, directory] = await Promise.all([
    db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(inArray(organisations.id, ids('organisationId'))),
    db
      .select({ id: cases.id, reference: cases.reference })
      .from(cases)
      .where(inArray(cases.id, ids('caseId'))),
    db
      .select()
      .from(equipmentItems)
      .where(inArray(equipmentItems.id, ids('itemId'))),
    db
      .select({ id: depots.id, name: depots.name })
      .from(depots)
      .where(inArray(depots.id, ids('depotId'))),
    districtDirectory(db),
  ]);
  const orgNames = new Map(orgRows.map((o) => [o.id, o.name]));
  const caseRefs = new Map(caseRows.map((c) => [c.id, c.reference]));
  const items = new Map(itemRows.map((i) => [i.id, i]));
  const depotNames = new Map(depotRows.map((d) => [d.id, d.name]));
  return rows.flatMap((row) => {
    const item = items.get(row.itemId);
    if (!item) return [];
    return [
      presentLoanSummary(
        row,
        {
          organisationName: orgNames.get(row.organisationId) ?? '',
          district: directory.get(row.districtCode),
          caseReference: caseRefs.get(row.caseId) ?? '',
          item,
          depotName: depotNames.get(row.depotId) ?? '',
        },
        now,
      ),
    ];
  });
}

export async function listLoans(
  db: DbOrTx,
  actor: Actor,
  query: { limit: number; offset: number } & Omit<LoanQuery, 'limit' | 'offset'>,
): Promise<LoanList> {
  requireLending(actor);
  const now = new Date();
  const today = kolkataDay(now);
  const conditions: Array<SQL | undefined> = [
    lendingScope(actor, loans),
    query.status ? eq(loans.status, query.status) : undefined,
    query.overdue === 'true' ? and(eq(loans.status, 'active'), lt(loans.dueOn, today)) : undefined,
    query.overdue === 'false' ? or(ne(loans.status, 'active'), gte(loans.dueOn, today)) : undefined,
    query.district ? eq(loans.districtCode, query.district) : undefined,
    query.organisationId ? eq(loans.organisationId, query.organisationId) : undefined,
    query.depotId ? eq(loans.depotId, query.depotId) : undefined,
    query.caseId ? eq(loans.caseId, query.caseId) : undefined,
    query.dueBy ? lte(loans.dueOn, query.dueBy) : undefined,
    query.q ? or(ilike(loans.reference, `%${query.q}%`), ilike(loans.patientName, `%${query.q}%`)) : undefined,
  ];
  const where = and(...conditions);
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(loans)
      .where(where)
      .orderBy(asc(loans.dueOn), desc(loans.lentAt))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(loans).where(where),
  ]);
  return { items: await loanSummaries(db, rows, now), total: total[0]?.n ?? 0 };
}
