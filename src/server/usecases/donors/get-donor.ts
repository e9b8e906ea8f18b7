// One donor's record as the reader sees it: history and donations newest first, the number shown only while the
// reader's reveal lasts, and what they may do with it.
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DonorView } from '../../../shared/contracts/donors.js';
import type { Actor } from '../../../shared/permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { bloodPolicyFor } from '../../db/queries/blood-policies.js';
import { districtDirectory } from '../../db/queries/districts.js';
import { donorScope } from '../../db/queries/donor-scope.js';
import { lastDonorReveal } from '../../db/queries/last-donor-reveal.js';
import { cases, donations, donorEvents, donors, organisations, users } from '../../db/schema/index.js';
import { donorAbilities } from '../../domain/blood/donor-abilities.js';
import { revealedUntil } from '../../domain/privacy/reveal.js';
import { notFound } from '../../errors.js';
import { presentDonor, type DonorRow } from '../../presenters/donor.js';

/** The donor's donations, newest first, with who recorded each and the case it went to. */
export async function donationsOf(db: DbOrTx, donorId: string) {
  const rows = await db
    .select({ row: donations, recordedByName: users.name, caseReference: cases.reference })
    .from(donations)
    .leftJoin(users, eq(users.id, donations.recordedById))
    .leftJoin(cases, eq(cases.id, donations.caseId))
    .where(eq(donations.donorId, donorId))
    .orderBy(desc(donations.donatedOn), desc(donations.recordedAt));
  return rows.map((r) => ({ row: r.row, recordedByName: r.recordedByName, caseReference: r.caseReference }));
}

/** A donor row the reader may see, as its full record. */
export async function presentDonorFor(db: DbOrTx, actor: Actor, row: DonorRow, now = new Date()): Promise<DonorView> {
  const people = [row.groupConfirmedById, row.verifiedById].filter((id): id is string => id !== null);
  const [organisation, directory, events, given, names, lastReveal, policy] = await Promise.all([
    db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, row.organisationId)),
    districtDirectory(db),
    db
      .select({
        id: donorEvents.id,
        type: donorEvents.type,
        at: donorEvents.at,
        actorName: users.name,
        caseId: donorEvents.caseId,
        details: donorEvents.details,
      })
      .from(donorEvents)
      .leftJoin(users, eq(users.id, donorEvents.actorId))
      .where(eq(donorEvents.donorId, row.id))
      .orderBy(desc(donorEvents.at), desc(donorEvents.id)),
    donationsOf(db, row.id),
    people.length === 0
      ? Promise.resolve([])
      : db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, people)),
    lastDonorReveal(db, row.id, actor.userId),
    bloodPolicyFor(db, row.organisationId),
  ]);
  const nameOf = (id: string | null): string | null => names.find((n) => n.id === id)?.name ?? null;
  return presentDonor(
    row,
    {
      organisationName: organisation[0]?.name ?? '',
      district: directory.get(row.districtCode),
      groupConfirmedByName: nameOf(row.groupConfirmedById),
      verifiedByName: nameOf(row.verifiedById),
      events,
      donations: given,
      given: given.map((d) => d.row),
      policy,
      revealedUntil: revealedUntil(lastReveal, now),
      abilities: donorAbilities(actor, row),
    },
    now,
  );
}

/** GET /donors/{id}: "not found" for a donor outside the reader's organisation and districts. */
export async function getDonor(db: DbOrTx, actor: Actor, donorId: string): Promise<DonorView> {
  return presentDonorFor(db, actor, await getDonorRow(db, actor, donorId));
}

/** The donor's row when the reader may see it, else "not found". */
export async function getDonorRow(db: DbOrTx, actor: Actor, donorId: string): Promise<DonorRow> {
  const [row] = await db
    .select()
    .from(donors)
    .where(and(eq(donors.id, donorId), donorScope(actor)));
  if (!row) throw notFound();
  return row;
}
