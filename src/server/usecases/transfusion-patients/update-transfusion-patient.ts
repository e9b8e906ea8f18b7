// PATCH /transfusion-patients/{id}: given fields replace the stored ones, the rest are kept; the change is one
// `updated` event naming the fields. A new district, PIN code or locality places the centre again; a new district
// must be one the organisation serves and the actor works in (else 400 naming `district`). A change of rhythm
// (interval, units, last transfusion, how far ahead to book) plans the child's bookings again.
import { eq } from 'drizzle-orm';
import type {
  TransfusionPatientDetail,
  UpdateTransfusionPatientInput,
} from '../../../shared/contracts/transfusion-patients.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { transfusionPatients } from '../../db/schema/index.js';
import { locate } from '../../domain/geo/locate.js';
import { patientAbilities } from '../../domain/thalassemia/patient-abilities.js';
import { AppError } from '../../errors.js';
import { planPatientBookings } from '../transfusion-bookings/plan-patient-bookings.js';
import { checkDistrict } from './create-transfusion-patient.js';
import { lockPatientFor, readPatientFor, recordPatientEvent, type PatientRow } from './lock-patient.js';
import { presentPatientFor } from './patient-reads.js';

type Changes = Partial<typeof transfusionPatients.$inferInsert>;

/** The body's fields as row columns (the form says `district`, the row `districtCode`). */
function columnsOf(body: UpdateTransfusionPatientInput): Changes {
  const { district, ...rest } = body;
  const changes: Changes = {};
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined) (changes as Record<string, unknown>)[key] = value;
  }
  if (district !== undefined) changes.districtCode = district;
  return changes;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export async function updateTransfusionPatient(
  db: Db,
  actor: Actor,
  patientId: string,
  body: UpdateTransfusionPatientInput,
): Promise<TransfusionPatientDetail> {
  await db.transaction(async (tx) => {
    const row = await lockPatientFor(tx, actor, patientId, 'update');
    const wanted = columnsOf(body);
    const changed = (Object.keys(wanted) as Array<keyof Changes>).filter(
      (key) => !same(wanted[key], row[key as keyof PatientRow]),
    );
    if (changed.length === 0) return;
    const next: PatientRow = { ...row, ...(wanted as Partial<PatientRow>) };
    if (changed.includes('districtCode')) {
      await checkDistrict(tx, row.organisationId, next.districtCode);
      if (patientAbilities(actor, next).update !== true) {
        throw new AppError('validation_failed', { count: 1 }, [{ field: 'district', code: 'out_of_scope' }]);
      }
    }
    const relocate = changed.some((key) => key === 'districtCode' || key === 'pincode' || key === 'locality');
    const place = relocate
      ? locate({ pincode: next.pincode, locality: next.locality, districtCode: next.districtCode })
      : null;
    const now = new Date();
    await tx
      .update(transfusionPatients)
      .set({
        ...Object.fromEntries(changed.map((key) => [key, wanted[key]])),
        ...(place ? { lat: place.lat, lon: place.lon, locationSource: place.source } : {}),
        updatedAt: now,
      })
      .where(eq(transfusionPatients.id, row.id));
    await recordPatientEvent(tx, row, {
      type: 'updated',
      actorId: actor.userId,
      at: now,
      details: { changed: changed.map((key) => (key === 'districtCode' ? 'district' : key)) },
    });
    // A new rhythm or a longer booking horizon: the calendar and its bookings follow (transfusions already on the
    // calendar keep their day; the coordinator moves them one by one).
    const rhythm = ['intervalDays', 'unitsPerTransfusion', 'lastTransfusionOn', 'bookAhead'] as const;
    if (row.state === 'active' && changed.some((key) => (rhythm as readonly string[]).includes(key))) {
      await planPatientBookings(tx, actor, row.id);
    }
  });
  return presentPatientFor(db, actor, await readPatientFor(db, actor, patientId));
}
