// Webhooks arrive at hundreds a second and every one needs its account (to check the signature and route
// the message), so enabled accounts are read from memory for a few seconds, and forgotten everywhere on a change.
import { eq } from 'drizzle-orm';
import type { Provider } from '../../../shared/enums.js';
import type { DbOrTx } from '../client.js';
import { channelAccounts } from '../schema/index.js';
import { Cache } from '../../infrastructure/cache.js';

export interface ChannelAccount {
  id: string;
  organisationId: string;
  provider: Provider;
  address: string;
  label: string;
  secrets: Record<string, string>;
  settings: Record<string, unknown>;
}

const accountsCache = new Cache<'enabled', ChannelAccount[]>('channel-accounts', 5_000);

export function enabledAccounts(db: DbOrTx): Promise<ChannelAccount[]> {
  return accountsCache.get('enabled', () =>
    db
      .select({
        id: channelAccounts.id,
        organisationId: channelAccounts.organisationId,
        provider: channelAccounts.provider,
        address: channelAccounts.address,
        label: channelAccounts.label,
        secrets: channelAccounts.secrets,
        settings: channelAccounts.settings,
      })
      .from(channelAccounts)
      .where(eq(channelAccounts.enabled, true))
      // A drizzle query runs again at every await; a real promise runs it once, on the handle given here.
      .then((rows) => rows as ChannelAccount[]),
  );
}

export async function accountsOf(db: DbOrTx, provider: Provider): Promise<ChannelAccount[]> {
  return (await enabledAccounts(db)).filter((a) => a.provider === provider);
}

export async function accountById(db: DbOrTx, id: string): Promise<ChannelAccount | undefined> {
  return (await enabledAccounts(db)).find((a) => a.id === id);
}
