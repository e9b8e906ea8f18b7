import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import type { Database } from '../../src/server/db/client.js';
import { IntakeGuard } from '../../src/server/domain/public/intake-guard.js';
import { sessionCookieName } from '../../src/server/domain/auth/session-token.js';
import { createTestDatabase } from './database.js';

export interface TestContext {
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

export const testSecret = 'test-secret-that-is-long-enough-0123456789';

export async function createTestApp(
  options: { intakeGuard?: IntakeGuard; simulator?: boolean } = {},
): Promise<TestContext> {
  const database = await createTestDatabase();
  const app = await buildApp({
    config: {
      sessionSecret: testSecret,
      publicUrl: 'http://localhost:3000',
      logLevel: 'silent',
      ...(options.simulator
        ? {
            channels: {
              organisation: null,
              env: {},
              simulator: true,
              apiUrls: { whatsapp: null, facebook: null, twilio: null, exotel: null, twitter: null },
            },
          }
        : {}),
    },
    database,
    logger: false,
    runJobs: false,
    // Generous by default: tests of the limits pass their own guard.
    intakeGuard:
      options.intakeGuard ?? new IntakeGuard({ challengeAfterPerIp: 10_000, maxPerIp: 10_000, maxPerPhone: 10_000 }),
  });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A signed-in client: sends the session cookie and, on writes, the CSRF token. */
export interface Client {
  cookie: string;
  csrfToken: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export async function signIn(app: FastifyInstance, identifier: string, password: string): Promise<Client> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { identifier, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === sessionCookieName);
  if (!cookie) throw new Error('no session cookie');
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  return {
    cookie: cookie.value,
    csrfToken,
    request: (options) =>
      app.inject({
        ...options,
        cookies: { ...options.cookies, [sessionCookieName]: cookie.value },
        headers: { 'x-csrf-token': csrfToken, ...options.headers },
      }),
  };
}
