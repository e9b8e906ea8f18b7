import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { flaggedPhoneView } from '../../../shared/contracts/cases.js';
import { canUseDesk } from '../../../shared/case-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { flaggedPhones, users } from '../../db/schema/index.js';
import { forbidden } from '../../errors.js';

/** The fraud list is shared by every desk: a number that cheated one helpline should warn all. */
export async function listFlaggedPhones(db: Db, actor: Actor): Promise<z.infer<typeof flaggedPhoneView>[]> {
  if (!canUseDesk(actor)) throw forbidden();
  const rows = await db
    .select({ flag: flaggedPhones, name: users.name })
    .from(flaggedPhones)
    .leftJoin(users, eq(users.id, flaggedPhones.flaggedById))
    .orderBy(desc(flaggedPhones.flaggedAt));
  return rows.map(({ flag, name }) => ({
    phone: flag.phone,
    reason: flag.reason,
    flaggedBy: flag.flaggedById && name ? { id: flag.flaggedById, name } : null,
    flaggedAt: flag.flaggedAt.toISOString(),
  }));
}
