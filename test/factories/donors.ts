import type { DonorInput } from '../../src/shared/contracts/donor-input.js';
import { donorInput } from '../../src/shared/contracts/donor-input.js';
import type { DonorSource } from '../../src/shared/enums.js';
import type { DbOrTx } from '../../src/server/db/client.js';
import { registerDonor } from '../../src/server/usecases/donors/register-donor.js';
import { freshPhone } from './cases.js';

/** A registration body as the forms send it: a man of 30, B+, whole blood, in the given district. */
export function donorBody(district: string, over: Partial<DonorInput> = {}): DonorInput {
  return donorInput.parse({
    phone: freshPhone(),
    name: `Donor ${Math.random().toString(36).slice(2, 8)}`,
    sex: 'male',
    dateOfBirth: '1994-05-10',
    weightBand: '>55',
    bloodGroup: 'B+',
    district,
    consentPurpose: 'To be asked for blood for patients near me',
    ...over,
  });
}

/** A donor registered straight through the registry's one way in (no HTTP): returns the donor's id. */
export async function createDonor(
  db: DbOrTx,
  organisationId: string,
  district: string,
  over: Partial<DonorInput> = {},
  source: DonorSource = 'operator',
): Promise<{ id: string; phone: string }> {
  const input = donorBody(district, over);
  const { donorId } = await registerDonor(db, { organisationId, input, source, actorId: null });
  return { id: donorId, phone: input.phone };
}
