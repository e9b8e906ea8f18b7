// Sessions, authentication and CSRF, enforced for every /api/v1 route below the handlers:
// a route is signed-in-only unless its config says `public: true`.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { sessionCookieName, sessionIdFor } from '../../domain/auth/session-token.js';
import { AppError } from '../../errors.js';
import { loadActor, type SignedIn } from '../../usecases/auth/load-actor.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without a session (sign-in, public forms, reference data). */
    public?: boolean;
  }
  interface FastifyRequest {
    signedIn: SignedIn | null;
    /** The signed-in actor; throws 401 when there is none. */
    actor(): Actor;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export const authPlugin = fp(async (app: FastifyInstance, options: { db: Db; secret: string }) => {
  app.decorateRequest('signedIn', null);
  app.decorateRequest('actor', function actor(this: FastifyRequest): Actor {
    if (!this.signedIn) throw new AppError('unauthenticated');
    return this.signedIn.actor;
  });

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/v1/')) return;
    const token = request.cookies[sessionCookieName];
    if (token) request.signedIn = await loadActor(options.db, sessionIdFor(token, options.secret));
    // No route has this address and method: the not-found handler says so (404, or 405 naming the methods it takes) to
    // anyone, signed in or not — the routes are no secret (the OpenAPI document lists them), and there is no handler
    // to guard or to forge a request to. The session is still read, for the reader's language.
    if (request.is404) return;
    const isPublic = request.routeOptions.config.public === true;
    if (!request.signedIn) {
      if (!isPublic) throw new AppError('unauthenticated');
      return;
    }
    // Public routes act for nobody, so there is nothing to forge on them.
    if (isPublic) return;
    // Double-submit token: a cross-site form can send the cookie but cannot read the token.
    if (!safeMethods.has(request.method) && request.headers['x-csrf-token'] !== request.signedIn.csrfToken) {
      throw new AppError('csrf_failed');
    }
  });
});
