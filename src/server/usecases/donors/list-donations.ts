import type { z } from 'zod';
import type { donationList } from '../../../shared/contracts/donors.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { presentDonation } from '../../presenters/donor.js';
import { donationsOf, getDonorRow } from './get-donor.js';

/** GET /donors/{id}/donations: newest first; "not found" for a donor outside the reader's reach. */
export async function listDonations(db: Db, actor: Actor, donorId: string): Promise<z.infer<typeof donationList>> {
  const row = await getDonorRow(db, actor, donorId);
  return { items: (await donationsOf(db, row.id)).map((d) => presentDonation(d.row, d)) };
}
