// POST /transfusion-patients/{id}/roster: a donor joins a child's pool. The donor is of the child's organisation and
// visible to the actor (else "not found"), consenting and not opted out, of a known group whose red cells the child
// may take (domain/blood/compatibility.ts). A donor is in one child's pool unless they agreed to more: the rule is
// checked under locks (the child first, then the donor, so two coordinators adding one donor to two children are
// served one after the other) and held by the database's partial unique index roster_members_one_pool_idx, so under
// any race one add succeeds and the other gets 409 `donor_in_other_pool`. Then the child's bookings follow the pool.
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { addRosterMemberBody, RosterView } from '../../../shared/contracts/transfusion-patients.js';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf, type Db, type DbOrTx } from '../../db/client.js';
import { retryOnDeadlock, uniqueViolation } from '../../db/errors.js';
import { donors, rosterMembers, transfusionPatients } from '../../db/schema/index.js';
import { donorAbilities } from '../../domain/blood/donor-abilities.js';
import { compatibility } from '../../domain/blood/compatibility.js';
import { AppError, notFound } from '../../errors.js';
import { planPatientBookings } from '../transfusion-bookings/plan-patient-bookings.js';
import { lockPatientFor, patientError, readPatientFor, recordPatientEvent } from './lock-patient.js';
import { rosterViewOf } from './roster-reads.js';

export type AddRosterMemberInput = z.output<typeof addRosterMemberBody>;

/** The other children whose pool the donor is in now, for the 409's details. */
async function otherPools(tx: DbOrTx, donorId: string, patientId: string) {
  return tx
    .select({ patientId: rosterMembers.patientId, reference: transfusionPatients.reference })
    .from(rosterMembers)
    .innerJoin(transfusionPatients, eq(transfusionPatients.id, rosterMembers.patientId))
    .where(
      and(eq(rosterMembers.donorId, donorId), isNull(rosterMembers.removedAt), ne(rosterMembers.patientId, patientId)),
    );
}

const inOtherPool = (references: string[]) =>
  new AppError('donor_in_other_pool', { references: references.join(', ') });

export async function addRosterMember(
  db: Db,
  actor: Actor,
  patientId: string,
  body: AddRosterMemberInput,
): Promise<RosterView> {
  try {
    // Planning locks the pool's donors in id order, but the donor added is locked first: two adds to children who
    // share donors that agreed to more pools can deadlock, and PostgreSQL's loser simply runs again.
    await retryOnDeadlock(() =>
      db.transaction(async (tx) => {
        const patient = await lockPatientFor(tx, actor, patientId, 'manageRoster');
        const [donor] = await tx.select().from(donors).where(eq(donors.id, body.donorId)).for('update');
        if (!donor || donor.organisationId !== patient.organisationId || !donorAbilities(actor, donor).read) {
          throw notFound();
        }
        const [optedOut] = rowsOf<{ stopped: boolean }>(
          await tx.execute(sql`select exists (select 1 from opt_outs s where s.address = ${donor.phone}) as stopped`),
        );
        if (donor.consentWithdrawnAt !== null || donor.optedOutAt !== null || optedOut?.stopped) {
          throw patientError('donor_unavailable');
        }
        if (donor.bloodGroup === null) throw patientError('donor_group_unknown');
        const match = compatibility(
          { group: donor.bloodGroup, phenotype: donor.phenotype, antigens: donor.antigens },
          { group: patient.bloodGroup, phenotype: patient.phenotype, antigens: patient.antigens },
          'red_cells',
        );
        if (!match.compatible) throw patientError('donor_incompatible', { compatibility: match.reason });
        const memberships = await tx
          .select({ patientId: rosterMembers.patientId, agreed: rosterMembers.agreedToMorePools })
          .from(rosterMembers)
          .where(and(eq(rosterMembers.donorId, donor.id), isNull(rosterMembers.removedAt)));
        if (memberships.some((m) => m.patientId === patient.id)) throw patientError('donor_already_in_pool');
        if (!body.agreedToMorePools && memberships.length > 0) {
          throw inOtherPool((await otherPools(tx, donor.id, patient.id)).map((p) => p.reference));
        }
        const now = new Date();
        await tx.insert(rosterMembers).values({
          patientId: patient.id,
          donorId: donor.id,
          organisationId: patient.organisationId,
          agreedToMorePools: body.agreedToMorePools,
          addedById: actor.userId,
          addedAt: now,
        });
        await recordPatientEvent(tx, patient, {
          type: 'roster_member_added',
          actorId: actor.userId,
          at: now,
          details: { donorId: donor.id, agreedToMorePools: body.agreedToMorePools, compatibility: match.reason },
        });
        if (patient.state === 'active') await planPatientBookings(tx, actor, patient.id);
      }),
    );
  } catch (error) {
    const constraint = uniqueViolation(error);
    if (constraint === 'roster_members_one_pool_idx') {
      throw inOtherPool((await otherPools(db, body.donorId, patientId)).map((p) => p.reference));
    }
    if (constraint === 'roster_members_active_idx') throw patientError('donor_already_in_pool');
    throw error;
  }
  return rosterViewOf(db, actor, await readPatientFor(db, actor, patientId));
}
