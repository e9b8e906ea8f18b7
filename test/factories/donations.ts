import type { DbOrTx } from '../../src/server/db/client.js';
import { recordPastDonations, type PastDonation } from '../../src/server/db/demo/record-past-donations.js';

let bag = 0;

/**
 * Donations a donor gave (checked against the eligibility rules on each day, as a blood centre would have), with a
 * fresh bag number each: returns their ids.
 */
export async function createDonations(
  db: DbOrTx,
  donorId: string,
  given: ReadonlyArray<Omit<PastDonation, 'bloodCentre'> & { bloodCentre?: string }>,
): Promise<string[]> {
  return recordPastDonations(db, {
    donorId,
    actorId: null,
    donations: given.map((d) => {
      bag += 1;
      return {
        bloodCentre: 'Test Blood Centre',
        bagNumber: `T-${Date.now().toString(36)}-${bag}`,
        ...d,
      };
    }),
  });
}
