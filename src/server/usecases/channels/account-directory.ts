// Webhooks arrive at hundreds a second and every one needs its account (to check the signature and route
// the message), so enabled accounts are read from memory and reloaded a few seconds after any change.
import { eq } from 'drizzle-orm';
import type { Provider } from '../../../shared/enums.js';
import type { DbOrTx } from '../../db/client.js';
import { channelAccounts } from '../../db/schema/index.js';

export interface ChannelAccount {
  id: string;
  organisationId: string;
  provider: Provider;
  address: string;
  label: string;
  secrets: Record<string, string>;
  settings: Record<string, unknown>;
}

const maxAgeMs = 5_000;
let cached: { at: number; accounts: Promise<ChannelAccount[]> } | null = null;

export function enabledAccounts(db: DbOrTx): Promise<ChannelAccount[]> {
  if (!cached || Date.now() - cached.at > maxAgeMs) {
    const accounts = db
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
      .then((rows) => rows as ChannelAccount[]);
    cached = { at: Date.now(), accounts };
    accounts.catch(() => {
      cached = null;
    });
  }
  return cached.accounts;
}

/** Call after changing an account, so the next webhook sees it. */
export function forgetAccounts(): void {
  cached = null;
}

export async function accountsOf(db: DbOrTx, provider: Provider): Promise<ChannelAccount[]> {
  return (await enabledAccounts(db)).filter((a) => a.provider === provider);
}

export async function accountById(db: DbOrTx, id: string): Promise<ChannelAccount | undefined> {
  return (await enabledAccounts(db)).find((a) => a.id === id);
}
