import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ChannelAccountView } from '../../../shared/contracts/channels.js';
import { channelOrganisations } from '../../../shared/channel-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { channelAccounts } from '../../db/schema/index.js';
import { forbidden } from '../../errors.js';
import { presentChannelAccount } from '../../presenters/channel-account.js';

export async function listChannelAccounts(
  deps: { db: Db; publicUrl: string },
  actor: Actor,
  organisationId?: string,
): Promise<ChannelAccountView[]> {
  const orgs = channelOrganisations(actor);
  if (orgs !== null && orgs.length === 0) throw forbidden();
  const rows = await deps.db
    .select()
    .from(channelAccounts)
    .where(
      and(
        orgs === null ? undefined : inArray(channelAccounts.organisationId, orgs),
        organisationId ? eq(channelAccounts.organisationId, organisationId) : undefined,
      ),
    )
    .orderBy(asc(channelAccounts.provider), asc(channelAccounts.label));
  return rows.map((row) => presentChannelAccount(row, actor, deps.publicUrl));
}
