// Registering a child on regular transfusion (issue #14): checked, the centre placed from its PIN code / locality /
// district (domain/geo/locate.ts, as donors are), given the organisation's next reference (THAL-0001, …) and written
// with its first event in one transaction. The reference is taken under a per-organisation transaction lock, so two
// coordinators registering at once get THAL-0007 and THAL-0008, never a clash.
import { eq, sql } from 'drizzle-orm';
import type {
  CreateTransfusionPatientInput,
  TransfusionPatientDetail,
} from '../../../shared/contracts/transfusion-patients.js';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf, type Db, type DbOrTx } from '../../db/client.js';
import { districtDirectory } from '../../db/queries/districts.js';
import { organisations, transfusionPatients } from '../../db/schema/index.js';
import { locate } from '../../domain/geo/locate.js';
import { patientRegistrationScope } from '../../domain/thalassemia/patient-abilities.js';
import { AppError, forbidden, type FieldError } from '../../errors.js';
import { recordPatientEvent, requireThalassemia, type PatientRow } from './lock-patient.js';
import { presentPatientFor } from './patient-reads.js';

export const patientReferencePrefix = 'THAL-';

/** THAL-0007; past 9999 the number simply grows (THAL-10000). */
export function patientReference(n: number): string {
  return `${patientReferencePrefix}${String(n).padStart(4, '0')}`;
}

/**
 * The organisation a child is registered with: the one named, else the one whose health desk the actor works in the
 * district (400 when that is more than one; 403 when they may register there for none).
 */
export function registeringOrganisation(actor: Actor, district: string, named: string | undefined): string {
  const reach = patientRegistrationScope(actor);
  if (named) {
    if (reach !== null && !reach.some((g) => g.organisationId === named && g.districts.includes(district))) {
      throw forbidden();
    }
    return named;
  }
  if (reach === null) {
    throw new AppError('validation_failed', { count: 1 }, [{ field: 'organisationId', code: 'required' }]);
  }
  const candidates = [...new Set(reach.filter((g) => g.districts.includes(district)).map((g) => g.organisationId))];
  if (candidates.length === 0) throw forbidden();
  if (candidates.length > 1) {
    throw new AppError('validation_failed', { count: 1 }, [
      { field: 'organisationId', code: 'organisation_ambiguous' },
    ]);
  }
  return candidates[0] as string;
}

/** The district must exist and be one the organisation serves (400 naming `district`). */
export async function checkDistrict(db: DbOrTx, organisationId: string, district: string): Promise<void> {
  const errors: FieldError[] = [];
  const directory = await districtDirectory(db);
  if (!directory.has(district)) {
    errors.push({ field: 'district', code: 'unknown_district' });
  } else {
    const [org] = await db
      .select({ districts: organisations.districts })
      .from(organisations)
      .where(eq(organisations.id, organisationId));
    if (!org) throw new AppError('validation_failed', { count: 1 }, [{ field: 'organisationId', code: 'invalid' }]);
    if (!org.districts.includes(district)) errors.push({ field: 'district', code: 'district_not_served' });
  }
  if (errors.length > 0) throw new AppError('validation_failed', { count: errors.length }, errors);
}

/** The organisation's next reference, under a lock held to the end of the transaction. */
async function nextReference(tx: DbOrTx, organisationId: string): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`thal-reference:${organisationId}`}))`);
  const [row] = rowsOf<{ n: number | string | null }>(
    await tx.execute(sql`select max(substring(reference from ${patientReferencePrefix.length + 1}::int)::int) as n
      from transfusion_patients
      where organisation_id = ${organisationId}::uuid and reference ~ ${`^${patientReferencePrefix}[0-9]+$`}`),
  );
  return patientReference(Number(row?.n ?? 0) + 1);
}

export interface RegisterPatientParams {
  organisationId: string;
  input: Omit<CreateTransfusionPatientInput, 'organisationId'>;
  actorId: string | null;
  now?: Date;
}

/** Writes a checked registration (the organisation serves the district): the row and its `registered` event. */
export async function registerPatient(db: Db, params: RegisterPatientParams): Promise<PatientRow> {
  const { organisationId, input } = params;
  const now = params.now ?? new Date();
  const place = locate({ pincode: input.pincode, locality: input.locality, districtCode: input.district });
  return db.transaction(async (tx) => {
    const reference = await nextReference(tx, organisationId);
    const [row] = await tx
      .insert(transfusionPatients)
      .values({
        organisationId,
        districtCode: input.district,
        reference,
        name: input.name,
        sex: input.sex,
        dateOfBirth: input.dateOfBirth,
        guardianName: input.guardianName,
        guardianPhone: input.guardianPhone,
        altPhone: input.altPhone,
        language: input.language,
        preferredChannel: input.preferredChannel,
        bloodGroup: input.bloodGroup,
        phenotype: input.phenotype,
        antigens: input.antigens,
        phenotypeNotes: input.phenotypeNotes,
        intervalDays: input.intervalDays,
        unitsPerTransfusion: input.unitsPerTransfusion,
        centre: input.centre,
        centreAddress: input.centreAddress,
        locality: input.locality,
        pincode: input.pincode,
        lat: place.lat,
        lon: place.lon,
        locationSource: place.source,
        lastTransfusionOn: input.lastTransfusionOn,
        bookAhead: input.bookAhead,
        arrivalMinute: input.arrivalMinute,
        consentAt: now,
        consentBy: input.consentBy,
        notes: input.notes,
        createdById: params.actorId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('no transfusion patient written');
    await recordPatientEvent(tx, row, { type: 'registered', actorId: params.actorId, at: now, details: { reference } });
    return row;
  });
}

/** POST /transfusion-patients: the coordinator's form. */
export async function createTransfusionPatient(
  db: Db,
  actor: Actor,
  body: CreateTransfusionPatientInput,
): Promise<TransfusionPatientDetail> {
  requireThalassemia(actor);
  const { organisationId: named, ...input } = body;
  const organisationId = registeringOrganisation(actor, input.district, named);
  await checkDistrict(db, organisationId, input.district);
  const row = await registerPatient(db, { organisationId, input, actorId: actor.userId });
  return presentPatientFor(db, actor, row);
}
