// An organisation's lending policy (issue #13): read by its desk, changed by its coordinators.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { lendingPolicy, updateLendingPolicyBody } from '../../../shared/contracts/lending-policy.js';
import { getLendingPolicy, updateLendingPolicy } from '../../usecases/lending-policy/lending-policy.js';
import { problemResponses } from '../problem-responses.js';
import type { LendingRouteOptions } from './lending-route-options.js';

const params = z.strictObject({ organisationId: z.uuid() });

export async function lendingPolicyRoutes(app: FastifyInstance, options: LendingRouteOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = options;
  const tags = ['lending'];
  const response = { 200: lendingPolicy, ...problemResponses };
  r.get('/lending-policy/:organisationId', { schema: { tags, params, response } }, async (request) =>
    getLendingPolicy(db, request.actor(), request.params.organisationId),
  );
  r.patch(
    '/lending-policy/:organisationId',
    { schema: { tags, params, body: updateLendingPolicyBody, response } },
    async (request) =>
      updateLendingPolicy(db, request.actor(), request.params.organisationId, request.body, request.ip),
  );
}
