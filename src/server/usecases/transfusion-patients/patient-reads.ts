// The reads every view of a child shares (issue #14): a page of children's facts in one query each (their pools,
// their next transfusions, organisations), a child's full record with its history and the reader's reveal.
import { and, asc, desc, eq, gte, inArray, isNull } from 'drizzle-orm';
import type {
  TransfusionPatientDetail,
  TransfusionPatientSummary,
} from '../../../shared/contracts/transfusion-patients.js';
import type { Actor } from '../../../shared/permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { districtDirectory } from '../../db/queries/districts.js';
import {
  donors,
  organisations,
  rosterMembers,
  transfusionPatientEvents,
  transfusions,
  users,
} from '../../db/schema/index.js';
import { kolkataDay } from '../../domain/blood/calendar.js';
import { revealedUntil } from '../../domain/privacy/reveal.js';
import { coverage, type Coverage, type CoverageDonor } from '../../domain/thalassemia/pool-size.js';
import { nextTransfusionDays } from '../../domain/thalassemia/transfusion-calendar.js';
import {
  presentPatientDetail,
  presentPatientSummary,
  type PatientFacts,
  type TransfusionPatientRow,
} from '../../presenters/transfusion-patient.js';
import { abilitiesOfPatient } from './lock-patient.js';

/** The active pool of each child, as the coverage rule reads donors. */
export async function poolsOf(db: DbOrTx, patientIds: readonly string[]): Promise<Map<string, CoverageDonor[]>> {
  const pools = new Map<string, CoverageDonor[]>(patientIds.map((id) => [id, []]));
  if (patientIds.length === 0) return pools;
  const rows = await db
    .select({
      patientId: rosterMembers.patientId,
      sex: donors.sex,
      eligibleWholeBloodFrom: donors.eligibleWholeBloodFrom,
      lastDonatedOn: donors.lastDonatedOn,
    })
    .from(rosterMembers)
    .innerJoin(donors, eq(donors.id, rosterMembers.donorId))
    .where(and(inArray(rosterMembers.patientId, [...patientIds]), isNull(rosterMembers.removedAt)));
  for (const { patientId, ...donor } of rows) pools.get(patientId)?.push(donor);
  return pools;
}

/** Whether the child's pool covers the next three months: the one rule, domain/thalassemia/pool-size.ts. */
export function coverageOf(row: TransfusionPatientRow, pool: readonly CoverageDonor[], today: string): Coverage {
  return coverage({
    patient: {
      intervalDays: row.intervalDays,
      unitsPerTransfusion: row.unitsPerTransfusion,
      lastTransfusionOn: row.lastTransfusionOn,
    },
    pool,
    today,
    ended: row.state === 'ended',
  });
}

/** The facts summaries show, for a page of children at once. */
export async function patientFactsOf(
  db: DbOrTx,
  rows: readonly TransfusionPatientRow[],
  now: Date,
): Promise<Map<string, PatientFacts>> {
  const facts = new Map<string, PatientFacts>();
  if (rows.length === 0) return facts;
  const today = kolkataDay(now);
  const ids = rows.map((r) => r.id);
  const [orgRows, directory, pools, upcoming] = await Promise.all([
    db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(inArray(organisations.id, [...new Set(rows.map((r) => r.organisationId))])),
    districtDirectory(db),
    poolsOf(db, ids),
    db
      .selectDistinctOn([transfusions.patientId], { patientId: transfusions.patientId, dueOn: transfusions.dueOn })
      .from(transfusions)
      .where(
        and(
          inArray(transfusions.patientId, ids),
          inArray(transfusions.state, ['planned', 'covered']),
          gte(transfusions.dueOn, today),
        ),
      )
      .orderBy(transfusions.patientId, asc(transfusions.dueOn)),
  ]);
  const orgNames = new Map(orgRows.map((o) => [o.id, o.name]));
  const next = new Map(upcoming.map((u) => [u.patientId, u.dueOn]));
  for (const row of rows) {
    const pool = pools.get(row.id) ?? [];
    const onRhythm =
      row.state === 'ended'
        ? null
        : (nextTransfusionDays({
            lastTransfusionOn: row.lastTransfusionOn,
            intervalDays: row.intervalDays,
            today,
            count: 1,
          })[0] ?? null);
    facts.set(row.id, {
      organisationName: orgNames.get(row.organisationId) ?? '',
      district: directory.get(row.districtCode),
      rosterSize: pool.length,
      nextTransfusionOn: row.state === 'ended' ? null : (next.get(row.id) ?? onRhythm),
      coverage: coverageOf(row, pool, today),
    });
  }
  return facts;
}

export async function patientSummaries(
  db: DbOrTx,
  rows: readonly TransfusionPatientRow[],
  now: Date,
): Promise<TransfusionPatientSummary[]> {
  const facts = await patientFactsOf(db, rows, now);
  return rows.flatMap((row) => {
    const f = facts.get(row.id);
    return f ? [presentPatientSummary(row, f, now)] : [];
  });
}

/** When the reader last revealed the guardian's phones (a `contact_revealed` event of theirs); null: never. */
export async function lastPatientReveal(db: DbOrTx, patientId: string, userId: string): Promise<Date | null> {
  const [last] = await db
    .select({ at: transfusionPatientEvents.at })
    .from(transfusionPatientEvents)
    .where(
      and(
        eq(transfusionPatientEvents.patientId, patientId),
        eq(transfusionPatientEvents.type, 'contact_revealed'),
        eq(transfusionPatientEvents.actorId, userId),
      ),
    )
    .orderBy(desc(transfusionPatientEvents.at))
    .limit(1);
  return last?.at ?? null;
}

/** One child's record as the reader sees it (the reader's scope was checked by the caller). */
export async function presentPatientFor(
  db: DbOrTx,
  actor: Actor,
  row: TransfusionPatientRow,
  now = new Date(),
): Promise<TransfusionPatientDetail> {
  const abilities = abilitiesOfPatient(actor, row);
  const [facts, events, creator, lastReveal] = await Promise.all([
    patientFactsOf(db, [row], now),
    db
      .select({
        id: transfusionPatientEvents.id,
        type: transfusionPatientEvents.type,
        at: transfusionPatientEvents.at,
        actorName: users.name,
        details: transfusionPatientEvents.details,
      })
      .from(transfusionPatientEvents)
      .leftJoin(users, eq(users.id, transfusionPatientEvents.actorId))
      .where(eq(transfusionPatientEvents.patientId, row.id))
      .orderBy(desc(transfusionPatientEvents.at), desc(transfusionPatientEvents.id))
      .limit(100),
    row.createdById === null
      ? Promise.resolve([])
      : db.select({ name: users.name }).from(users).where(eq(users.id, row.createdById)),
    abilities.revealContact === true ? lastPatientReveal(db, row.id, actor.userId) : Promise.resolve(null),
  ]);
  const f = facts.get(row.id);
  if (!f) throw new Error('no facts for the child');
  return presentPatientDetail(
    row,
    {
      ...f,
      createdByName: creator[0]?.name ?? null,
      events,
      revealedUntil: revealedUntil(lastReveal, now),
      abilities,
    },
    now,
  );
}
