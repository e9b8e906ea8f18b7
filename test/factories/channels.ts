// Channel accounts and signed provider requests for tests: the same builders the simulator uses.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Provider } from '../../src/shared/enums.js';
import type { Db } from '../../src/server/db/client.js';
import { channelAccounts } from '../../src/server/db/schema/index.js';
import { forgetCache } from '../../src/server/infrastructure/cache.js';
import { signedInbound, type SimulatedAccount } from '../../src/server/simulator/signed-inbound.js';

export interface TestAccount extends SimulatedAccount {
  id: string;
  organisationId: string;
}

const defaultAddress: Record<Provider, () => string> = {
  whatsapp: () => `1${randomBytes(6).readUIntBE(0, 6)}`.slice(0, 15),
  facebook: () => `2${randomBytes(6).readUIntBE(0, 6)}`.slice(0, 15),
  twilio: () => `+9190${randomBytes(4).readUInt32BE(0).toString().padStart(8, '0').slice(0, 8)}`,
  exotel: () => `+9180${randomBytes(4).readUInt32BE(0).toString().padStart(8, '0').slice(0, 8)}`,
  twitter: () => `${randomBytes(6).readUIntBE(0, 6)}`,
};

export async function createChannelAccount(
  db: Db,
  organisationId: string,
  provider: Provider,
  over: { address?: string; settings?: Record<string, unknown> } = {},
): Promise<TestAccount> {
  const secrets = {
    webhookSecret: `secret-${randomBytes(8).toString('hex')}`,
    verifyToken: `verify-${randomBytes(4).toString('hex')}`,
    accessToken: `token-${randomBytes(8).toString('hex')}`,
    accountId: `AC${randomBytes(16).toString('hex')}`,
    apiKey: `key-${randomBytes(4).toString('hex')}`,
  };
  const [row] = await db
    .insert(channelAccounts)
    .values({
      organisationId,
      provider,
      address: over.address ?? defaultAddress[provider](),
      label: `${provider} test`,
      secrets,
      settings: over.settings ?? {},
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  forgetCache('channel-accounts');
  return { id: row.id, organisationId, provider, address: row.address, secrets };
}

/** Posts a citizen's message to the app exactly as the provider would (signed). */
export async function postInbound(
  app: FastifyInstance,
  account: SimulatedAccount,
  message: { from: string; text: string; id?: string; kind?: 'text' | 'missed_call'; name?: string },
) {
  const signed = signedInbound({ account, ...message }, 'http://localhost:3000');
  return app.inject({
    method: signed.method,
    url: signed.path,
    headers: signed.headers,
    ...(signed.body !== undefined ? { payload: signed.body } : {}),
  });
}
