// A child's roster as the coordinator reads it (issue #14): the pool's donors nearest the centre first, how often
// each was booked this year (for any child), and whether the pool covers the next three months.
import { sql } from 'drizzle-orm';
import type { RosterView } from '../../../shared/contracts/transfusion-patients.js';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { kolkataDay } from '../../domain/blood/calendar.js';
import { distanceKm } from '../../domain/geo/distance.js';
import { rosterDefaults } from '../../domain/thalassemia/pool-size.js';
import { presentPatientCan } from '../../domain/thalassemia/patient-abilities.js';
import {
  presentCoverage,
  presentRosterMember,
  type RosterMemberRow,
  type TransfusionPatientRow,
} from '../../presenters/transfusion-patient.js';
import { abilitiesOfPatient, readPatientFor } from './lock-patient.js';
import { coverageOf } from './patient-reads.js';

interface RawMember {
  donor_id: string;
  name: string;
  phone: string;
  blood_group: RosterMemberRow['bloodGroup'];
  sex: RosterMemberRow['sex'];
  lat: number | string;
  lon: number | string;
  last_donated_on: string | null;
  eligible_whole_blood_from: string | null;
  bookings_this_year: number | string;
  agreed_to_more_pools: boolean;
  added_at: Date | string;
  added_by_name: string | null;
}

/** The active members of a child's pool, with this Kolkata year's bookings of each (any child, not cancelled). */
export async function rosterMembersOf(db: DbOrTx, patientId: string, today: string): Promise<RosterMemberRow[]> {
  const year = today.slice(0, 4);
  const rows = rowsOf<RawMember>(
    await db.execute(sql`select d.id as donor_id, d.name, d.phone, d.blood_group, d.sex, d.lat, d.lon,
        d.last_donated_on, d.eligible_whole_blood_from, rm.agreed_to_more_pools, rm.added_at, u.name as added_by_name,
        (select count(*) from transfusion_bookings b join transfusions t on t.id = b.transfusion_id
          where b.donor_id = d.id and b.state not in ('cancelled', 'declined')
            and t.due_on >= ${`${year}-01-01`} and t.due_on <= ${`${year}-12-31`}) as bookings_this_year
      from roster_members rm
      join donors d on d.id = rm.donor_id
      left join users u on u.id = rm.added_by_id
      where rm.patient_id = ${patientId}::uuid and rm.removed_at is null
      order by rm.added_at, d.id`),
  );
  return rows.map((r) => ({
    donorId: r.donor_id,
    name: r.name,
    phone: r.phone,
    bloodGroup: r.blood_group,
    sex: r.sex,
    lat: Number(r.lat),
    lon: Number(r.lon),
    lastDonatedOn: r.last_donated_on,
    eligibleWholeBloodFrom: r.eligible_whole_blood_from,
    bookingsThisYear: Number(r.bookings_this_year),
    agreedToMorePools: r.agreed_to_more_pools,
    addedAt: r.added_at instanceof Date ? r.added_at : new Date(r.added_at),
    addedByName: r.added_by_name,
  }));
}

/** The roster view of a child the caller already read (scope checked). */
export async function rosterViewOf(
  db: DbOrTx,
  actor: Actor,
  patient: TransfusionPatientRow,
  now = new Date(),
): Promise<RosterView> {
  const today = kolkataDay(now);
  const members = await rosterMembersOf(db, patient.id, today);
  const centre = { lat: patient.lat, lon: patient.lon };
  const presented = members
    .map((m) => presentRosterMember(m, distanceKm(centre, m), today))
    .sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || a.donorId.localeCompare(b.donorId));
  const coverage = coverageOf(patient, members, today);
  return {
    patientId: patient.id,
    members: presented,
    coverage: presentCoverage(coverage, members.length, rosterDefaults.horizonDays),
    can: presentPatientCan(abilitiesOfPatient(actor, patient)),
  };
}

/** GET /transfusion-patients/{id}/roster. */
export async function getRoster(db: DbOrTx, actor: Actor, patientId: string): Promise<RosterView> {
  return rosterViewOf(db, actor, await readPatientFor(db, actor, patientId));
}
