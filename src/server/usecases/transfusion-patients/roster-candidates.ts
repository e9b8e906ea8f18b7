// GET /transfusion-patients/{id}/roster/candidates: donors who could join a child's pool, nearest the centre first —
// of the child's organisation and in the actor's districts, verified, consenting, not opted out (nor on the
// channels' STOP list), giving whole blood, whose red cells the child may take (group, rare phenotype, and the Rh/Kell
// antigens the child lacks: domain/blood/compatibility.ts), not in this pool, and not in another child's pool unless
// every pool they are in was joined with their agreement to more. Eligibility today is not required: a donor who
// gave last month joins the pool and is booked when they may give again (the roster shows the day).
import { sql } from 'drizzle-orm';
import type { RosterCandidateList, RosterCandidateQuery } from '../../../shared/contracts/transfusion-patients.js';
import {
  aboRhGroups,
  type AboRhGroup,
  type RarePhenotype,
  type RhKellAntigens,
  type Sex,
} from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import { scopeFor } from '../../../shared/scope.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { distanceSql } from '../../db/queries/donor-candidates.js';
import { scopeCondition } from '../../db/scope-condition.js';
import { textArray } from '../../db/sql-helpers.js';
import { kolkataDay } from '../../domain/blood/calendar.js';
import { compatibility } from '../../domain/blood/compatibility.js';
import { presentRosterCandidate } from '../../presenters/transfusion-patient.js';
import { abilitiesOfPatient, patientError, readPatientFor } from './lock-patient.js';

interface RawCandidate {
  id: string;
  name: string;
  phone: string;
  blood_group: AboRhGroup;
  sex: Sex | null;
  phenotype: RarePhenotype | null;
  antigens: RhKellAntigens | string;
  last_donated_on: string | null;
  eligible_whole_blood_from: string | null;
  distance_km: number | string;
  other_pools: number | string;
}

/** Donor groups whose red cells suit the recipient (ABO and RhD; antigens are judged per donor). */
export function redCellDonorGroups(recipient: AboRhGroup, phenotype: RarePhenotype | null): AboRhGroup[] {
  return aboRhGroups.filter(
    (group) => compatibility({ group, phenotype }, { group: recipient, phenotype }, 'red_cells').compatible,
  );
}

export async function rosterCandidates(
  db: DbOrTx,
  actor: Actor,
  patientId: string,
  query: { limit: number; radiusKm: number } & Omit<RosterCandidateQuery, 'limit' | 'radiusKm'>,
): Promise<RosterCandidateList> {
  const patient = await readPatientFor(db, actor, patientId);
  const verdict = abilitiesOfPatient(actor, patient).manageRoster;
  if (verdict !== true) throw patientError(verdict);
  const groups = redCellDonorGroups(patient.bloodGroup, patient.phenotype);
  if (groups.length === 0) return { items: [] };
  const distance = distanceSql({ lat: patient.lat, lon: patient.lon });
  const scope =
    scopeCondition(
      scopeFor(actor, 'health'),
      { organisationId: sql`d.organisation_id`, districtCode: sql`d.district_code` },
      'work',
    ) ?? sql`true`;
  const rows = rowsOf<RawCandidate>(
    await db.execute(sql`select d.id, d.name, d.phone, d.blood_group, d.sex, d.phenotype, d.antigens,
        d.last_donated_on, d.eligible_whole_blood_from, d.distance_km,
        (select count(*) from roster_members rm where rm.donor_id = d.id and rm.removed_at is null) as other_pools
      from (select d.*, ${distance} as distance_km from donors d
        where d.organisation_id = ${patient.organisationId}::uuid
          and d.blood_group = any(${textArray(groups)})
          and ${patient.phenotype === null ? sql`d.phenotype is null` : sql`d.phenotype = ${patient.phenotype}`}
          and d.verified_at is not null and d.consent_withdrawn_at is null and d.opted_out_at is null
          and 'whole_blood' = any(d.products)
          and not exists (select 1 from opt_outs s where s.address = d.phone)
          and not exists (select 1 from roster_members rm where rm.donor_id = d.id and rm.removed_at is null
            and (rm.patient_id = ${patient.id}::uuid or not rm.agreed_to_more_pools))
          and ${scope}) d
      where d.distance_km <= ${query.radiusKm}::float8
      order by d.distance_km, d.id
      limit ${query.limit * 3}`),
  );
  const today = kolkataDay(new Date());
  const items = rows
    .filter((r) => {
      const antigens = typeof r.antigens === 'string' ? (JSON.parse(r.antigens) as RhKellAntigens) : r.antigens;
      return compatibility(
        { group: r.blood_group, phenotype: r.phenotype, antigens },
        { group: patient.bloodGroup, phenotype: patient.phenotype, antigens: patient.antigens },
        'red_cells',
      ).compatible;
    })
    .slice(0, query.limit)
    .map((r) =>
      presentRosterCandidate(
        {
          donorId: r.id,
          name: r.name,
          phone: r.phone,
          bloodGroup: r.blood_group,
          sex: r.sex,
          distanceKm: Number(r.distance_km),
          lastDonatedOn: r.last_donated_on,
          eligibleWholeBloodFrom: r.eligible_whole_blood_from,
          otherPools: Number(r.other_pools),
        },
        today,
      ),
    );
  return { items };
}
