import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Provider } from '../../../shared/enums.js';
import type { ChannelAccountView, createChannelAccountBody } from '../../../shared/contracts/channels.js';
import { secretsByProvider } from '../../../shared/contracts/channels.js';
import { canManageChannels } from '../../../shared/channel-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import { toE164 } from '../../../shared/phone.js';
import type { Db } from '../../db/client.js';
import { uniqueViolation } from '../../db/errors.js';
import { channelAccounts } from '../../db/schema/index.js';
import { AppError, forbidden } from '../../errors.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { forgetEverywhere } from '../../infrastructure/cache.js';
import { presentChannelAccount } from '../../presenters/channel-account.js';

/** SMS and missed-call accounts are phone numbers: stored in E.164 so routing compares like with like. */
export function normaliseAddress(provider: string, address: string): string | null {
  if (provider === 'twilio' || provider === 'exotel') return toE164(address);
  return address.trim();
}

/**
 * The number or page is connected already. To someone who manages the account holding it that is a plain conflict;
 * to anyone else it is only "cannot be used", which does not say which organisation has it.
 */
async function channelAccountConflict(db: Db, actor: Actor, provider: string, address: string): Promise<AppError> {
  const [holder] = await db
    .select({ organisationId: channelAccounts.organisationId })
    .from(channelAccounts)
    .where(and(eq(channelAccounts.provider, provider as Provider), eq(channelAccounts.address, address)));
  return holder && canManageChannels(actor, holder.organisationId)
    ? new AppError('conflict_channel_account', {}, [{ field: 'address', code: 'invalid' }])
    : new AppError('value_unavailable', {}, [{ field: 'address', code: 'unavailable' }]);
}

export async function createChannelAccount(
  deps: { db: Db; publicUrl: string },
  actor: Actor,
  input: z.output<typeof createChannelAccountBody>,
  ip: string | null = null,
): Promise<ChannelAccountView> {
  if (!canManageChannels(actor, input.organisationId)) throw forbidden();
  const address = normaliseAddress(input.provider, input.address);
  if (!address) throw new AppError('validation_failed', { count: 1 }, [{ field: 'address', code: 'invalid_phone' }]);
  const missing = secretsByProvider[input.provider].filter(
    (name) => (name === 'webhookSecret' || name === 'accessToken') && !input.secrets[name],
  );
  if (missing.length > 0) {
    throw new AppError(
      'validation_failed',
      { count: missing.length },
      missing.map((name) => ({ field: `secrets.${name}`, code: 'required' })),
    );
  }
  try {
    const row = await deps.db.transaction(async (tx) => {
      const [created] = await tx
        .insert(channelAccounts)
        .values({
          organisationId: input.organisationId,
          provider: input.provider,
          address,
          label: input.label,
          secrets: Object.fromEntries(Object.entries(input.secrets).filter((e) => typeof e[1] === 'string')),
          settings: { searches: input.searches, ...(input.notifyOn ? { notifyOn: input.notifyOn } : {}) },
          enabled: input.enabled,
        })
        .returning();
      if (!created) throw new Error('insert returned nothing');
      await recordAuditEvent(tx, {
        actorId: actor.userId,
        action: 'channel.created',
        subjectType: 'channel_account',
        subjectId: created.id,
        organisationIds: [created.organisationId],
        ip,
        // Never the secrets themselves: only which ones were set.
        details: { provider: created.provider, address, label: created.label, secrets: Object.keys(created.secrets) },
      });
      return created;
    });
    await forgetEverywhere(deps.db, 'channel-accounts');
    return presentChannelAccount(row, actor, deps.publicUrl);
  } catch (error) {
    if (uniqueViolation(error)) throw await channelAccountConflict(deps.db, actor, input.provider, address);
    throw error;
  }
}
