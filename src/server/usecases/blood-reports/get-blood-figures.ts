// The blood figures from records: donations joined to their donors, counted for what the reader reaches (an
// organisation's coordinators, operators and viewers, in their districts; admins everywhere — see
// shared/blood-figure-permissions.ts). A donation counts in its donor's district, as the donor record is kept.
// Beside them, in the same reach and period, the care figures of issue #14 (camps, children, transfusions:
// read-care-figures.ts). The CSV (presenters/blood-figures-csv.ts) is made from this same answer.
import { and, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { BloodFigures, BloodFiguresQuery } from '../../../shared/contracts/blood-reports.js';
import { bloodFigureScope, canReadBloodFigures, figureGrantsFor } from '../../../shared/blood-figure-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { scopeCondition } from '../../db/scope-condition.js';
import { donations, donors, organisations } from '../../db/schema/index.js';
import { kolkataDay } from '../../domain/blood/calendar.js';
import { summariseFigures, type DonorRow, type UnitRow } from '../../domain/blood/figures.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import { readCareFigures } from './read-care-figures.js';

/** The organisations (and in each, the districts) the reader may pick. */
async function choicesFor(db: Db, actor: Actor): Promise<BloodFigures['choices']> {
  const scope = bloodFigureScope(actor);
  if (scope.kind === 'all') {
    const rows = await db
      .select({ id: organisations.id, name: organisations.name, districts: organisations.districts })
      .from(organisations)
      .orderBy(organisations.name);
    return rows.map((r) => ({ ...r, districts: [...r.districts].sort() }));
  }
  const ids = [...new Set(scope.grants.map((g) => g.organisationId))];
  const rows = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, ids))
    .orderBy(organisations.name);
  return rows.map((r) => ({
    ...r,
    districts: [...new Set(scope.grants.filter((g) => g.organisationId === r.id).flatMap((g) => g.districts))].sort(),
  }));
}

export async function getBloodFigures(
  db: Db,
  actor: Actor,
  query: BloodFiguresQuery,
  now: Date = new Date(),
): Promise<BloodFigures> {
  if (!canReadBloodFigures(actor)) throw forbidden();
  const selection = { organisationId: query.organisationId ?? null, district: query.district ?? null };
  // Another organisation's figures, or a district the reader does not work in, are "not found" like its records.
  if (figureGrantsFor(actor, selection) === null) throw notFound();
  if (selection.organisationId !== null) {
    const [known] = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, selection.organisationId));
    if (!known) throw notFound();
  }
  const period = { from: query.from ?? null, to: query.to ?? kolkataDay(now) };
  if (period.from !== null && period.from > period.to) {
    throw new AppError('validation_failed', { count: 1 }, [{ field: 'to', code: 'period_reversed' }]);
  }

  const conditions: Array<SQL | undefined> = [
    scopeCondition(
      bloodFigureScope(actor),
      { organisationId: donations.organisationId, districtCode: donors.districtCode },
      'read',
    ),
    selection.organisationId !== null ? eq(donations.organisationId, selection.organisationId) : undefined,
    selection.district !== null ? eq(donors.districtCode, selection.district) : undefined,
    period.from !== null ? gte(donations.donatedOn, period.from) : undefined,
    lte(donations.donatedOn, period.to),
  ];
  const where = and(...conditions);
  const month = sql<string>`left(${donations.donatedOn}, 7)`;
  const unitRows: UnitRow[] = await db
    .select({
      organisationId: donations.organisationId,
      organisationName: organisations.name,
      month,
      product: donations.product,
      category: donors.category,
      units: sql<number>`sum(${donations.units})::int`,
      donations: sql<number>`count(*)::int`,
    })
    .from(donations)
    .innerJoin(donors, eq(donors.id, donations.donorId))
    .innerJoin(organisations, eq(organisations.id, donations.organisationId))
    .where(where)
    .groupBy(donations.organisationId, organisations.name, month, donations.product, donors.category);
  // A donor belongs to one organisation and has one category, so these counts add up across both.
  const donorRows: DonorRow[] = await db
    .select({
      organisationId: donations.organisationId,
      category: donors.category,
      donors: sql<number>`count(distinct ${donations.donorId})::int`,
    })
    .from(donations)
    .innerJoin(donors, eq(donors.id, donations.donorId))
    .where(where)
    .groupBy(donations.organisationId, donors.category);

  return {
    period,
    organisationId: selection.organisationId,
    district: selection.district,
    ...summariseFigures(unitRows, donorRows, period),
    care: await readCareFigures(db, bloodFigureScope(actor), selection, period, now),
    choices: await choicesFor(db, actor),
  };
}
