// Depots (issue #13): where items are kept, by district; a depot's shelf, its empties and open refill orders.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createDepotBody,
  depotDetail,
  depotList,
  depotQuery,
  updateDepotBody,
} from '../../../shared/contracts/depots.js';
import { createDepot } from '../../usecases/depots/create-depot.js';
import { getDepot } from '../../usecases/depots/get-depot.js';
import { listDepots } from '../../usecases/depots/list-depots.js';
import { updateDepot } from '../../usecases/depots/update-depot.js';
import { problemResponses } from '../problem-responses.js';
import type { LendingRouteOptions } from './lending-route-options.js';

const idParams = z.strictObject({ id: z.uuid() });

export async function depotRoutes(app: FastifyInstance, options: LendingRouteOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = options;
  const tags = ['depots'];
  const detail = { 200: depotDetail, ...problemResponses };

  r.get(
    '/depots',
    { schema: { tags, querystring: depotQuery, response: { 200: depotList, ...problemResponses } } },
    async (request) => listDepots(db, request.actor(), request.query),
  );
  r.post(
    '/depots',
    { schema: { tags, body: createDepotBody, response: { 201: depotDetail, ...problemResponses } } },
    async (request, reply) => reply.code(201).send(await createDepot(db, request.actor(), request.body)),
  );
  r.get('/depots/:id', { schema: { tags, params: idParams, response: detail } }, async (request) =>
    getDepot(db, request.actor(), request.params.id),
  );
  r.patch(
    '/depots/:id',
    { schema: { tags, params: idParams, body: updateDepotBody, response: detail } },
    async (request) => updateDepot(db, request.actor(), request.params.id, request.body),
  );
}
