// The lending figures: items as they stand (by status, per depot) and the loans started in the period, summed by
// domain/lending/figures.ts. Counts only — no person leaves this use case — so viewers read them too (area
// `figures`), within their organisations and districts.
import { and, count, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { LendingFiguresView, lendingFiguresQuery } from '../../../shared/contracts/lending-figures.js';
import type { Actor } from '../../../shared/permissions.js';
import { scopeFor } from '../../../shared/scope.js';
import type { Db } from '../../db/client.js';
import { depots, equipmentItems, loans } from '../../db/schema/index.js';
import { scopeCondition } from '../../db/scope-condition.js';
import { addDays } from '../../domain/blood/calendar.js';
import { canReadLendingFigures } from '../../domain/lending/abilities.js';
import { summariseLending } from '../../domain/lending/figures.js';
import { kolkataInstant } from '../../domain/lending/loan-schedule.js';
import { forbidden } from '../../errors.js';

type LendingFiguresQuery = z.output<typeof lendingFiguresQuery>;

export async function getLendingFigures(
  db: Db,
  actor: Actor,
  query: LendingFiguresQuery,
  now = new Date(),
): Promise<LendingFiguresView> {
  if (!canReadLendingFigures(actor)) throw forbidden();
  const scope = scopeFor(actor, 'figures');
  const itemWhere: (SQL | undefined)[] = [
    scopeCondition(
      scope,
      { organisationId: equipmentItems.organisationId, districtCode: equipmentItems.districtCode },
      'read',
    ),
  ];
  const loanWhere: (SQL | undefined)[] = [
    scopeCondition(scope, { organisationId: loans.organisationId, districtCode: loans.districtCode }, 'read'),
  ];
  if (query.organisationId) {
    itemWhere.push(eq(equipmentItems.organisationId, query.organisationId));
    loanWhere.push(eq(loans.organisationId, query.organisationId));
  }
  if (query.district) {
    itemWhere.push(eq(equipmentItems.districtCode, query.district));
    loanWhere.push(eq(loans.districtCode, query.district));
  }
  if (query.from) loanWhere.push(gte(loans.lentAt, kolkataInstant(query.from, 0)));
  if (query.to) loanWhere.push(lt(loans.lentAt, kolkataInstant(addDays(query.to, 1), 0)));
  const [itemCounts, loanRows] = await Promise.all([
    db
      .select({
        depotId: equipmentItems.depotId,
        depotName: depots.name,
        status: equipmentItems.status,
        count: count(),
      })
      .from(equipmentItems)
      .innerJoin(depots, eq(depots.id, equipmentItems.depotId))
      .where(and(...itemWhere))
      .groupBy(equipmentItems.depotId, depots.name, equipmentItems.status),
    db
      .select({
        status: loans.status,
        lentAt: loans.lentAt,
        handedOverAt: loans.handedOverAt,
        returnedAt: loans.returnedAt,
        dueOn: loans.dueOn,
        patientKey: loans.patientPhone,
        minutesToHandOver: loans.minutesToHandOver,
      })
      .from(loans)
      .where(and(...loanWhere)),
  ]);
  const figures = summariseLending(
    itemCounts,
    loanRows.map((l) => ({
      status: l.status,
      startedAt: l.handedOverAt ?? l.lentAt,
      returnedAt: l.returnedAt,
      dueOn: l.dueOn,
      patientKey: l.patientKey,
      minutesToHandOver: l.minutesToHandOver,
    })),
    now,
  );
  const { total, ...items } = figures.items;
  return {
    items,
    itemsTotal: total,
    depots: figures.depots,
    loansOut: figures.loansOut,
    overdue: figures.overdue,
    returned: figures.returned,
    averageLoanDays: figures.averageLoanDays,
    patientsServed: figures.patientsServed,
    itemsLost: figures.itemsLost,
    loansLost: figures.loansLost,
    medianMinutesToHandOver: figures.medianMinutesToHandOver,
    asOf: now.toISOString(),
  };
}
