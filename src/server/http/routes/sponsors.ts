// Sponsors (issue #13): who owns or funded items, what their items did, and their private link.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  sponsorBody,
  sponsorLinkView,
  sponsorList,
  sponsorQuery,
  sponsorView,
  updateSponsorBody,
} from '../../../shared/contracts/sponsors.js';
import { createSponsor } from '../../usecases/sponsors/create-sponsor.js';
import { createSponsorLink } from '../../usecases/sponsors/create-sponsor-link.js';
import { listSponsors } from '../../usecases/sponsors/list-sponsors.js';
import { updateSponsor } from '../../usecases/sponsors/update-sponsor.js';
import { problemResponses } from '../problem-responses.js';
import type { LendingRouteOptions } from './lending-route-options.js';

const idParams = z.strictObject({ id: z.uuid() });

export async function sponsorRoutes(app: FastifyInstance, options: LendingRouteOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, publicUrl } = options;
  const tags = ['sponsors'];

  r.get(
    '/sponsors',
    { schema: { tags, querystring: sponsorQuery, response: { 200: sponsorList, ...problemResponses } } },
    async (request) => listSponsors(db, request.actor(), request.query),
  );
  r.post(
    '/sponsors',
    { schema: { tags, body: sponsorBody, response: { 201: sponsorView, ...problemResponses } } },
    async (request, reply) => reply.code(201).send(await createSponsor(db, request.actor(), request.body)),
  );
  r.patch(
    '/sponsors/:id',
    {
      schema: { tags, params: idParams, body: updateSponsorBody, response: { 200: sponsorView, ...problemResponses } },
    },
    async (request) => updateSponsor(db, request.actor(), request.params.id, request.body),
  );
  r.post(
    '/sponsors/:id/link',
    { schema: { tags, params: idParams, response: { 201: sponsorLinkView, ...problemResponses } } },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return reply.code(201).send(await createSponsorLink(db, request.actor(), request.params.id, publicUrl));
    },
  );
}
