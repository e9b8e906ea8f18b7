// One camp as the reader sees it: counts, slots with free places, history, and what they may do (`can`).
import type { CampDetail } from '../../../shared/contracts/camps.js';
import type { Actor } from '../../../shared/permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { campFor } from './camp-access.js';
import { presentCampDetail } from './present-camp.js';

export async function getCamp(db: DbOrTx, actor: Actor, campId: string): Promise<CampDetail> {
  const now = new Date();
  const row = await campFor(db, actor, campId, now);
  return presentCampDetail(db, actor, row, now);
}
