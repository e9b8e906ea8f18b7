// Replacement donors the patient's family brings, recorded against a case's blood need (issue #12, item 7).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { asksView, replacementDonorBody } from '../../../shared/contracts/outreach.js';
import { addReplacementDonor } from '../../usecases/outreach/add-replacement-donor.js';
import { problemResponses } from '../problem-responses.js';
import type { BloodRouteOptions } from './blood-route-options.js';

const needParams = z.strictObject({ id: z.uuid(), needId: z.uuid() });

export async function replacementDonorRoutes(app: FastifyInstance, options: BloodRouteOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const deps = { db: options.db, bus: options.bus };
  r.post(
    '/cases/:id/needs/:needId/replacement-donors',
    {
      schema: {
        tags: ['outreach'],
        params: needParams,
        body: replacementDonorBody,
        response: { 201: asksView, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addReplacementDonor(deps, request.actor(), request.params.id, request.params.needId, request.body)),
  );
}
