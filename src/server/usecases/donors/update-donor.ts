import type { z } from 'zod';
import type { DonorView, updateDonorBody } from '../../../shared/contracts/donors.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { bloodPolicyFor } from '../../db/queries/blood-policies.js';
import type { donors } from '../../db/schema/index.js';
import { canRegisterDonor } from '../../domain/blood/donor-abilities.js';
import { locate } from '../../domain/geo/locate.js';
import { AppError, type FieldError } from '../../errors.js';
import type { DonorRow } from '../../presenters/donor.js';
import { runDonorAction } from './donor-action.js';
import { donorRegistrationErrors } from './register-donor.js';

type UpdateDonorInput = z.output<typeof updateDonorBody>;
type DonorColumns = Partial<typeof donors.$inferInsert>;

/** Body fields and the columns they fill (the rest share their name). */
const columnOf = { district: 'districtCode', lastDonation: 'declaredLastDonation' } as const;

/**
 * PATCH: the fields given replace the stored ones and the result is checked like a registration (donating age,
 * weight, a district the organisation serves and the operator works in). A group a blood centre confirmed is
 * changed only by a new confirmation. History keeps which fields changed.
 */
export function updateDonor(db: Db, actor: Actor, donorId: string, body: UpdateDonorInput): Promise<DonorView> {
  return runDonorAction(db, actor, donorId, 'update', async (tx, row, now) => {
    const errors: FieldError[] = [];
    if (body.bloodGroup !== undefined && row.groupConfirmedAt !== null && body.bloodGroup !== row.bloodGroup) {
      errors.push({ field: 'bloodGroup', code: 'group_confirmed' });
    }
    if (body.district !== undefined && !canRegisterDonor(actor, row.organisationId, body.district)) {
      errors.push({ field: 'district', code: 'out_of_scope' });
    }
    const merged = {
      district: body.district ?? row.districtCode,
      dateOfBirth: body.dateOfBirth ?? row.dateOfBirth,
      weightBand: body.weightBand ?? row.weightBand,
      weightKg: body.weightKg !== undefined ? body.weightKg : row.weightKg,
    };
    errors.push(...(await donorRegistrationErrors(tx, row.organisationId, merged, now)));
    if (errors.length > 0) throw new AppError('validation_failed', { count: errors.length }, errors);

    const set: DonorColumns = {};
    const changed: string[] = [];
    for (const [key, value] of Object.entries(body)) {
      if (value === undefined) continue;
      const column = (columnOf[key as keyof typeof columnOf] ?? key) as keyof DonorRow;
      if (JSON.stringify(row[column]) !== JSON.stringify(value)) changed.push(key);
      Object.assign(set, { [column]: value });
    }
    if (
      body.contestedClauses !== undefined &&
      (await bloodPolicyFor(tx, row.organisationId)).contestedClauses.length === 0
    ) {
      // Asked only where the organisation's policy applies them; never kept otherwise.
      set.contestedClauses = [];
    }
    if (body.district !== undefined || body.locality !== undefined || body.pincode !== undefined) {
      const place = locate({
        pincode: body.pincode !== undefined ? body.pincode : row.pincode,
        locality: body.locality !== undefined ? body.locality : row.locality,
        districtCode: merged.district,
      });
      Object.assign(set, { lat: place.lat, lon: place.lon, locationSource: place.source });
    }
    return { set, event: { type: 'updated', details: { source: 'operator', changed } } };
  });
}
