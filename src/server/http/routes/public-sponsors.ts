// A sponsor's page by its private link (issue #13): no sign-in, counts only, limited per address like the other
// public lookups so tokens cannot be guessed at speed.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sponsorPublicView } from '../../../shared/contracts/sponsors.js';
import { getPublicSponsor } from '../../usecases/sponsors/get-public-sponsor.js';
import { problemResponses } from '../problem-responses.js';
import type { LendingRouteOptions } from './lending-route-options.js';

export async function publicSponsorRoutes(app: FastifyInstance, options: LendingRouteOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // One limiter for GET and the HEAD Fastify derives from it: guessing by HEAD spends the same budget.
  const lookupLimit = app.rateLimit({ max: 30, timeWindow: '1 minute', groupId: 'sponsor-page' });
  r.get(
    '/public/sponsors/:token',
    {
      config: { public: true },
      onRequest: lookupLimit,
      schema: {
        tags: ['public', 'sponsors'],
        params: z.strictObject({ token: z.string().min(16).max(64) }),
        response: { 200: sponsorPublicView, ...problemResponses },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return getPublicSponsor(options.db, request.params.token);
    },
  );
}
