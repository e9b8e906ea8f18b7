// Channels configured by environment variables (a single-organisation deployment, or the demo) are written
// to channel_accounts at every start, so webhooks, the admin page and the workers see one list.
import { eq, or, sql } from 'drizzle-orm';
import type { ChannelsConfig } from '../../config.js';
import type { Db } from '../../db/client.js';
import { channelAccounts, organisations } from '../../db/schema/index.js';
import type { Provider } from '../../../shared/enums.js';
import { demoChannelDefaults } from '../../db/demo/demo-channel-defaults.js';
import { forgetEverywhere } from '../../infrastructure/cache.js';

interface EnvAccount {
  provider: Provider;
  address: string | undefined;
  label: string;
  secrets: Record<string, string | undefined>;
  settings?: Record<string, unknown>;
}

function envAccounts(env: Partial<Record<string, string>>): EnvAccount[] {
  return [
    {
      provider: 'whatsapp',
      address: env.WHATSAPP_PHONE_NUMBER_ID,
      label: 'WhatsApp',
      secrets: {
        webhookSecret: env.WHATSAPP_APP_SECRET,
        verifyToken: env.WHATSAPP_VERIFY_TOKEN,
        accessToken: env.WHATSAPP_ACCESS_TOKEN,
      },
    },
    {
      provider: 'facebook',
      address: env.FACEBOOK_PAGE_ID,
      label: 'Facebook',
      secrets: {
        webhookSecret: env.FACEBOOK_APP_SECRET,
        verifyToken: env.FACEBOOK_VERIFY_TOKEN,
        accessToken: env.FACEBOOK_PAGE_ACCESS_TOKEN,
      },
    },
    {
      provider: 'twilio',
      address: env.TWILIO_PHONE_NUMBER,
      label: 'SMS (Twilio)',
      secrets: { webhookSecret: env.TWILIO_AUTH_TOKEN, accountId: env.TWILIO_ACCOUNT_SID },
    },
    {
      provider: 'exotel',
      address: env.EXOTEL_PHONE_NUMBER,
      label: 'Helpline & SMS (Exotel)',
      secrets: {
        webhookSecret: env.EXOTEL_WEBHOOK_TOKEN,
        accountId: env.EXOTEL_ACCOUNT_SID,
        apiKey: env.EXOTEL_API_KEY,
        accessToken: env.EXOTEL_API_TOKEN,
      },
    },
    {
      provider: 'twitter',
      address: env.TWITTER_USER_ID,
      label: 'Twitter/X',
      secrets: { accessToken: env.TWITTER_BEARER_TOKEN },
      settings: {
        searches: (env.TWITTER_SEARCHES ?? '')
          .split('|')
          .map((s) => s.trim())
          .filter(Boolean),
      },
    },
  ];
}

const defined = (secrets: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(secrets).filter((e): e is [string, string] => typeof e[1] === 'string'));

/**
 * Upserts the environment's accounts for the configured organisation. In demo mode unset variables take the
 * documented demo defaults (README), so the simulator and outside tools can post to a fresh `npm start`.
 * Returns the problems found (an account without its address or webhook secret is skipped, not half-made).
 */
export async function syncEnvAccounts(db: Db, config: ChannelsConfig, demo: boolean): Promise<string[]> {
  const env = demo ? { ...demoChannelDefaults.env, ...config.env } : config.env;
  const wanted = envAccounts(env).filter((a) => a.address);
  if (wanted.length === 0) return [];
  const orgKey = config.organisation ?? (demo ? demoChannelDefaults.organisation : null);
  if (!orgKey) return ['channel variables are set but CHANNELS_ORGANISATION (name or id) is not'];
  const isUuid = /^[0-9a-f-]{36}$/i.test(orgKey);
  const [org] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(isUuid ? or(eq(organisations.id, orgKey), eq(organisations.name, orgKey)) : eq(organisations.name, orgKey));
  if (!org) return [`CHANNELS_ORGANISATION "${orgKey}" is not an organisation here`];
  const problems: string[] = [];
  for (const account of wanted) {
    const secrets = defined(account.secrets);
    if (account.provider !== 'twitter' && !secrets.webhookSecret) {
      problems.push(`${account.provider}: set its secret variable to receive webhooks (account skipped)`);
      continue;
    }
    const prefix = `${account.provider.toUpperCase()}_`;
    const source = Object.keys(config.env).some((key) => key.startsWith(prefix)) ? 'env' : 'demo';
    await db
      .insert(channelAccounts)
      .values({
        organisationId: org.id,
        provider: account.provider,
        address: account.address ?? '',
        label: account.label,
        secrets,
        settings: account.settings ?? {},
        source,
      })
      .onConflictDoUpdate({
        target: [channelAccounts.provider, channelAccounts.address],
        set: {
          organisationId: org.id,
          secrets: sql`excluded.secrets`,
          settings: sql`${channelAccounts.settings} || excluded.settings`,
          // Variables (or a demo start) say the account is wanted, even if it was disabled (`demo remove`).
          enabled: true,
          updatedAt: new Date(),
        },
      });
  }
  if (demo) problems.push(...(await seedExtraDemoAccounts(db)));
  await forgetEverywhere(db, 'channel-accounts');
  return problems;
}

/** A second WhatsApp number for another demo organisation: messages are routed by the number they reach. */
async function seedExtraDemoAccounts(db: Db): Promise<string[]> {
  const extra = demoChannelDefaults.extraAccounts;
  for (const account of extra) {
    const [org] = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.name, account.organisation));
    if (!org) return [`demo organisation ${account.organisation} is missing`];
    await db
      .insert(channelAccounts)
      .values({
        organisationId: org.id,
        provider: account.provider,
        address: account.address,
        label: account.label,
        secrets: account.secrets,
        source: 'demo',
      })
      .onConflictDoUpdate({
        target: [channelAccounts.provider, channelAccounts.address],
        set: { enabled: true, updatedAt: new Date() },
      });
  }
  return [];
}
