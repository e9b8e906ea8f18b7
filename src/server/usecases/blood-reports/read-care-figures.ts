// The rows the care figures are added up from (issue #14, part 5): the held camps with their registrations counted,
// and the transfusions due or done in the period, for what the reader reaches — the same scope, organisation and
// district as the blood figures (shared/blood-figure-permissions.ts). A camp counts in its own district, a
// transfusion in its child's. Each camp is counted by the camp report's own fold (domain/camps/report.ts); the
// sums are domain/thalassemia/report.ts's.
import { and, eq, gte, inArray, lt, lte, or, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../shared/scope.js';
import type { DbOrTx } from '../../db/client.js';
import { scopeCondition } from '../../db/scope-condition.js';
import { campRegistrations, camps, transfusions } from '../../db/schema/index.js';
import { addDays, kolkataDay } from '../../domain/blood/calendar.js';
import { foldCampReport, type ReportRegistration } from '../../domain/camps/report.js';
import {
  summariseCare,
  type CampFigureRow,
  type CareFigures,
  type Period,
  type TransfusionFigureRow,
} from '../../domain/thalassemia/report.js';

export interface CareSelection {
  organisationId: string | null;
  district: string | null;
}

/** The instant a Kolkata day starts. */
const startOf = (day: string) => new Date(`${day}T00:00:00+05:30`);

async function campRows(db: DbOrTx, scope: Scope, selection: CareSelection, period: Period): Promise<CampFigureRow[]> {
  const conditions: Array<SQL | undefined> = [
    scopeCondition(scope, { organisationId: camps.organisationId, districtCode: camps.districtCode }, 'read'),
    selection.organisationId !== null ? eq(camps.organisationId, selection.organisationId) : undefined,
    selection.district !== null ? eq(camps.districtCode, selection.district) : undefined,
    eq(camps.state, 'held'),
    period.from !== null ? gte(camps.startsAt, startOf(period.from)) : undefined,
    lt(camps.startsAt, startOf(addDays(period.to, 1))),
  ];
  const held = await db
    .select({
      id: camps.id,
      code: camps.code,
      title: camps.title,
      venue: camps.venue,
      startsAt: camps.startsAt,
      state: camps.state,
      partnerCentre: camps.partnerCentre,
      targetUnits: camps.targetUnits,
    })
    .from(camps)
    .where(and(...conditions));
  if (held.length === 0) return [];
  const registrations = await db
    .select({
      campId: campRegistrations.campId,
      state: campRegistrations.state,
      source: campRegistrations.source,
      category: campRegistrations.category,
      product: campRegistrations.product,
      units: campRegistrations.units,
      deferralReason: campRegistrations.deferralReason,
    })
    .from(campRegistrations)
    .where(
      inArray(
        campRegistrations.campId,
        held.map((c) => c.id),
      ),
    );
  const byCamp = new Map<string, ReportRegistration[]>();
  for (const { campId, ...registration } of registrations) {
    const list = byCamp.get(campId) ?? [];
    list.push(registration);
    byCamp.set(campId, list);
  }
  // Each camp counted by the camp report's own fold, so this page and the camp's report never disagree.
  return held.map(({ startsAt, ...camp }) => {
    const day = kolkataDay(startsAt);
    const report = foldCampReport({ ...camp, day }, byCamp.get(camp.id) ?? []);
    return {
      id: camp.id,
      title: camp.title,
      venue: camp.venue,
      day,
      state: camp.state,
      targetUnits: camp.targetUnits,
      registered: report.registered,
      came: report.came,
      donated: report.donated,
      deferred: report.deferred,
      unitsCollected: report.unitsCollected,
    };
  });
}

async function transfusionRows(
  db: DbOrTx,
  scope: Scope,
  selection: CareSelection,
  period: Period,
): Promise<TransfusionFigureRow[]> {
  const within = (column: typeof transfusions.dueOn | typeof transfusions.doneOn) =>
    and(period.from !== null ? gte(column, period.from) : undefined, lte(column, period.to));
  return db
    .select({
      patientId: transfusions.patientId,
      dueOn: transfusions.dueOn,
      state: transfusions.state,
      doneOn: transfusions.doneOn,
    })
    .from(transfusions)
    .where(
      and(
        scopeCondition(
          scope,
          { organisationId: transfusions.organisationId, districtCode: transfusions.districtCode },
          'read',
        ),
        selection.organisationId !== null ? eq(transfusions.organisationId, selection.organisationId) : undefined,
        selection.district !== null ? eq(transfusions.districtCode, selection.district) : undefined,
        // Due in the period (for on time), or done in it (a child served).
        or(within(transfusions.dueOn), within(transfusions.doneOn)),
      ),
    );
}

/** Camps held, children served and transfusions met on time, for the reader's reach and the period. */
export async function readCareFigures(
  db: DbOrTx,
  scope: Scope,
  selection: CareSelection,
  period: Period,
  now: Date,
): Promise<CareFigures> {
  const campsHeld = await campRows(db, scope, selection, period);
  const calendar = await transfusionRows(db, scope, selection, period);
  return summariseCare(campsHeld, calendar, period, kolkataDay(now));
}
