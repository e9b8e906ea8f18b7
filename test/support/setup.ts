// The setup most integration files share: a test app on a fresh database, the world of roles
// (test/support/world.ts), and the named roles signed in. Call useTestWorld() at the top of a file; its
// fields are filled in beforeAll and the app is closed in afterAll. A file's own beforeAll, declared after
// it, runs once the world is ready.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../src/server/db/client.js';
import { createTestApp, signIn, type Client, type RegisteredRoute, type TestAppOptions } from './app.js';
import { buildWorld, type World } from './world.js';

/** The people of the world, by the name a test signs in as. */
export type RoleName = {
  [K in keyof World]: World[K] extends { phone: string; password: string } ? K : never;
}[keyof World];

export interface TestWorld<R extends RoleName> {
  app: FastifyInstance;
  database: Database;
  world: World;
  /** One signed-in client for each role named in `roles`. */
  clients: Record<R, Client>;
  /** Every route the app registered (see createTestApp). */
  routes: readonly RegisteredRoute[];
  /**
   * A client for a named role that may be taken at the top of a file, before beforeAll has run:
   * it signs nothing in itself and sends each request with the role's client at the time of the call.
   */
  client(role: R): Client;
}

export function useTestWorld<const R extends RoleName = never>(
  options: { roles?: readonly R[]; app?: TestAppOptions } = {},
): TestWorld<R> {
  let ready:
    | {
        app: FastifyInstance;
        database: Database;
        world: World;
        clients: Record<R, Client>;
        routes: readonly RegisteredRoute[];
      }
    | undefined;
  let close: (() => Promise<void>) | undefined;
  const get = () => {
    if (!ready) throw new Error('useTestWorld: its fields are filled in beforeAll; read them inside a test or hook');
    return ready;
  };

  beforeAll(async () => {
    const ctx = await createTestApp(options.app);
    close = ctx.close;
    const world = await buildWorld(ctx.database.db);
    const clients = {} as Record<R, Client>;
    for (const role of options.roles ?? []) {
      clients[role] = await signIn(ctx.app, world[role].phone, world[role].password);
    }
    ready = { app: ctx.app, database: ctx.database, world, clients, routes: ctx.routes };
  });
  afterAll(async () => {
    await close?.();
  });

  return {
    get app() {
      return get().app;
    },
    get database() {
      return get().database;
    },
    get world() {
      return get().world;
    },
    get clients() {
      return get().clients;
    },
    get routes() {
      return get().routes;
    },
    client(role) {
      const current = (): Client => {
        const found = get().clients[role];
        if (!found) throw new Error(`useTestWorld: ${role} is not among the roles signed in`);
        return found;
      };
      return {
        get cookie() {
          return current().cookie;
        },
        get csrfToken() {
          return current().csrfToken;
        },
        request: (requestOptions) => current().request(requestOptions),
      };
    },
  };
}
