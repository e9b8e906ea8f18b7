import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { flaggedPhoneView } from '../../../shared/contracts/cases.js';
import { canFlagPhones, canRemovePhoneFlag, canUseDesk } from '../../../shared/case-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { flaggedPhones, organisations, users } from '../../db/schema/index.js';
import { maskPhone } from '../../domain/privacy/masking.js';
import { forbidden } from '../../errors.js';

/**
 * The fraud list is shared by every desk: a number that cheated one helpline should warn all. Those who only
 * read the desk (viewers) see the numbers masked.
 */
export async function listFlaggedPhones(db: Db, actor: Actor): Promise<z.infer<typeof flaggedPhoneView>[]> {
  if (!canUseDesk(actor)) throw forbidden();
  const showNumbers = canFlagPhones(actor);
  const rows = await db
    .select({ flag: flaggedPhones, name: users.name, organisationName: organisations.name })
    .from(flaggedPhones)
    .leftJoin(users, eq(users.id, flaggedPhones.flaggedById))
    .leftJoin(organisations, eq(organisations.id, flaggedPhones.organisationId))
    .orderBy(desc(flaggedPhones.flaggedAt));
  return rows.map(({ flag, name, organisationName }) => ({
    phone: showNumbers ? flag.phone : maskPhone(flag.phone),
    reason: flag.reason,
    flaggedBy: flag.flaggedById && name ? { id: flag.flaggedById, name } : null,
    organisation: flag.organisationId && organisationName ? { id: flag.organisationId, name: organisationName } : null,
    flaggedAt: flag.flaggedAt.toISOString(),
    can: { remove: canRemovePhoneFlag(actor, flag.organisationId) },
  }));
}
