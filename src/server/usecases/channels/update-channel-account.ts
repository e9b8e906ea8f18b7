import { eq } from 'drizzle-orm';
import type { ChannelAccountView, UpdateChannelAccountBody } from '../../../shared/contracts/channels.js';
import { canManageChannels, channelOrganisations } from '../../../shared/channel-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { channelAccounts } from '../../db/schema/index.js';
import { forbidden, notFound } from '../../errors.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { forgetEverywhere } from '../../infrastructure/cache.js';
import { presentChannelAccount } from '../../presenters/channel-account.js';

export async function updateChannelAccount(
  deps: { db: Db; publicUrl: string },
  actor: Actor,
  id: string,
  input: UpdateChannelAccountBody,
  ip: string | null = null,
): Promise<ChannelAccountView> {
  const row = await deps.db.transaction(async (tx) => {
    const [current] = await tx.select().from(channelAccounts).where(eq(channelAccounts.id, id)).for('update');
    const visible = channelOrganisations(actor);
    if (!current || (visible !== null && !visible.includes(current.organisationId))) throw notFound();
    if (!canManageChannels(actor, current.organisationId)) throw forbidden();
    const newSecrets = Object.fromEntries(
      Object.entries(input.secrets ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
    const settings = {
      ...current.settings,
      ...(input.searches ? { searches: input.searches } : {}),
      ...(input.notifyOn ? { notifyOn: input.notifyOn } : {}),
    };
    const [updated] = await tx
      .update(channelAccounts)
      .set({
        ...(input.label !== undefined ? { label: input.label } : {}),
        ...(input.enabled !== undefined ? { enabled: input.enabled } : {}),
        secrets: { ...current.secrets, ...newSecrets },
        settings,
        updatedAt: new Date(),
      })
      .where(eq(channelAccounts.id, id))
      .returning();
    if (!updated) throw new Error('update returned nothing');
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: 'channel.updated',
      subjectType: 'channel_account',
      subjectId: id,
      organisationIds: [current.organisationId],
      ip,
      details: {
        ...(input.label !== undefined ? { label: input.label } : {}),
        ...(input.enabled !== undefined ? { enabled: input.enabled } : {}),
        ...(input.searches ? { searches: input.searches } : {}),
        ...(input.notifyOn ? { notifyOn: input.notifyOn } : {}),
        secretsReplaced: Object.keys(newSecrets),
      },
    });
    return updated;
  });
  await forgetEverywhere(deps.db, 'channel-accounts');
  return presentChannelAccount(row, actor, deps.publicUrl);
}
