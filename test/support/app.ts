import { channel } from 'node:diagnostics_channel';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse, RouteOptions } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import type { Database } from '../../src/server/db/client.js';
import { IntakeGuard } from '../../src/server/infrastructure/intake-guard.js';
import { sessionCookieName } from '../../src/server/domain/auth/session-token.js';
import { createTestDatabase } from './database.js';

export interface TestContext {
  app: FastifyInstance;
  database: Database;
  /** Every route the app registered, as Fastify saw it (HEAD routes it adds for GET included). */
  routes: readonly RegisteredRoute[];
  close(): Promise<void>;
}

/** One method of one registered route; `url` in Fastify's form, e.g. `/api/v1/cases/:id`. */
export interface RegisteredRoute {
  method: string;
  url: string;
  config: RouteOptions['config'];
}

export interface TestAppOptions {
  intakeGuard?: IntakeGuard;
  simulator?: boolean;
}

/**
 * Fastify announces each new instance on this channel (documented in its Hooks reference), before any plugin
 * or route is registered: an onRoute hook added then sees every route buildApp registers.
 */
const fastifyCreated = channel('fastify.initialization');

async function buildCollectingRoutes(
  build: () => Promise<FastifyInstance>,
): Promise<{ app: FastifyInstance; routes: RegisteredRoute[] }> {
  const seen = new Map<FastifyInstance, RegisteredRoute[]>();
  const onCreated = (message: unknown): void => {
    const { fastify } = message as { fastify: FastifyInstance };
    const routes: RegisteredRoute[] = [];
    seen.set(fastify, routes);
    fastify.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) routes.push({ method, url: route.url, config: route.config });
    });
  };
  fastifyCreated.subscribe(onCreated);
  try {
    const app = await build();
    return { app, routes: seen.get(app) ?? [] };
  } finally {
    fastifyCreated.unsubscribe(onCreated);
  }
}

export const testSecret = 'test-secret-that-is-long-enough-0123456789';

export async function createTestApp(options: TestAppOptions = {}): Promise<TestContext> {
  const database = await createTestDatabase();
  const { app, routes } = await buildCollectingRoutes(() =>
    buildApp({
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
      // TEST_LOG=1 shows the server's errors (a 500's cause) while a test runs; quiet otherwise.
      logger: process.env.TEST_LOG === '1' ? { level: 'error' } : false,
      runJobs: false,
      // Generous by default: tests of the limits pass their own guard.
      intakeGuard:
        options.intakeGuard ?? new IntakeGuard({ challengeAfterPerIp: 10_000, maxPerIp: 10_000, maxPerPhone: 10_000 }),
    }),
  );
  await app.ready();
  return {
    app,
    database,
    routes,
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
