// `sahayata simulate <provider> --from <number> "<text>"`: posts a correctly signed provider webhook to a
// running server, as WhatsApp, Twilio, Exotel or Messenger would; `simulate outbox` prints what it sent back.
// Secrets come from the same environment variables the server reads, else the documented demo defaults.
import { randomBytes } from 'node:crypto';
import type { Provider } from '../../shared/enums.js';
import { toE164 } from '../../shared/phone.js';
import { demoChannelDefaults } from '../../server/db/demo/demo-channel-defaults.js';
import { demoPassword, demoPeople } from '../../server/db/demo/demo-people.js';
import { signedInbound, type SimulatedAccount } from '../../server/simulator/signed-inbound.js';

export const simulatedProviders = ['whatsapp', 'sms', 'twilio', 'exotel', 'call', 'facebook'] as const;
type Simulated = (typeof simulatedProviders)[number];

export interface SimulateOptions {
  from: string;
  url: string;
  to?: string;
  id?: string;
  count?: string;
  name?: string;
}

const env = (key: string): string => process.env[key] ?? demoChannelDefaults.env[key] ?? '';

function accountFor(kind: Simulated, to: string | undefined): { account: SimulatedAccount; missedCall: boolean } {
  const provider: Provider = kind === 'sms' ? 'twilio' : kind === 'call' ? 'exotel' : kind;
  const secrets: Record<Provider, Record<string, string>> = {
    whatsapp: { webhookSecret: env('WHATSAPP_APP_SECRET') },
    facebook: { webhookSecret: env('FACEBOOK_APP_SECRET') },
    twilio: { webhookSecret: env('TWILIO_AUTH_TOKEN'), accountId: env('TWILIO_ACCOUNT_SID') },
    exotel: { webhookSecret: env('EXOTEL_WEBHOOK_TOKEN') },
    twitter: {},
  };
  const addresses: Record<Provider, string> = {
    whatsapp: env('WHATSAPP_PHONE_NUMBER_ID'),
    facebook: env('FACEBOOK_PAGE_ID'),
    twilio: env('TWILIO_PHONE_NUMBER'),
    exotel: env('EXOTEL_PHONE_NUMBER'),
    twitter: env('TWITTER_USER_ID'),
  };
  return {
    account: { provider, address: to ?? addresses[provider], secrets: secrets[provider] },
    missedCall: kind === 'call',
  };
}

export async function simulateCommand(kind: Simulated, text: string, options: SimulateOptions): Promise<void> {
  const base = options.url.replace(/\/$/, '');
  const from = kind === 'facebook' ? options.from : toE164(options.from);
  if (!from) throw new Error(`--from ${options.from} is not a phone number`);
  const { account, missedCall } = accountFor(kind, options.to);
  const count = Math.max(1, Number(options.count ?? 1));
  for (let i = 0; i < count; i += 1) {
    const id = options.id ?? (count > 1 ? `sim-${randomBytes(6).toString('hex')}` : undefined);
    const signed = signedInbound(
      {
        account,
        from,
        text,
        kind: missedCall ? 'missed_call' : 'text',
        ...(options.name ? { name: options.name } : {}),
        ...(id ? { id } : {}),
      },
      base,
    );
    const response = await fetch(`${base}${signed.path}`, {
      method: signed.method,
      headers: signed.headers,
      ...(signed.body !== undefined ? { body: signed.body } : {}),
    });
    process.stdout.write(
      `${signed.method} ${signed.path.split('?')[0]} → ${response.status} ${await response.text()}\n`,
    );
    if (!response.ok) process.exitCode = 1;
  }
}

/** Prints the conversation with one number as the server's simulator log shows it (signs in as the demo admin). */
export async function simulateOutboxCommand(options: { from?: string; url: string }): Promise<void> {
  const base = options.url.replace(/\/$/, '');
  const admin = demoPeople.find((p) => p.role === 'admin');
  const signIn = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      identifier: process.env.SIMULATE_USER ?? admin?.phone,
      password: process.env.SIMULATE_PASSWORD ?? demoPassword,
    }),
  });
  if (!signIn.ok) throw new Error(`sign-in failed (${signIn.status}); set SIMULATE_USER and SIMULATE_PASSWORD`);
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
  const query = options.from ? `?from=${encodeURIComponent(toE164(options.from) ?? options.from)}` : '';
  const log = await fetch(`${base}/api/v1/simulator/log${query}`, { headers: { cookie } });
  if (!log.ok) throw new Error(`the simulator is off on this server (${log.status}); start it with SIMULATOR=1`);
  const { items } = (await log.json()) as {
    items: {
      direction: string;
      provider: string;
      from: string;
      to: string;
      body: string;
      at: string;
      state: string | null;
    }[];
  };
  for (const item of items) {
    const arrow = item.direction === 'inbound' ? `${item.from} →` : `→ ${item.to}`;
    process.stdout.write(
      `${item.at.slice(11, 19)} ${item.provider.padEnd(8)} ${arrow} [${item.state ?? ''}] ${item.body}\n`,
    );
  }
}
