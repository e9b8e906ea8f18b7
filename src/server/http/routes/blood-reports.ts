// Blood and plasma figures from records, and an organisation's blood policy (issue #12).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  bloodFigures,
  bloodFiguresQuery,
  bloodPolicyView,
  updateBloodPolicyBody,
} from '../../../shared/contracts/blood-reports.js';
import { getBloodFigures } from '../../usecases/blood-reports/get-blood-figures.js';
import { getBloodPolicy } from '../../usecases/blood-reports/get-blood-policy.js';
import { updateBloodPolicy } from '../../usecases/blood-reports/update-blood-policy.js';
import { problemResponses } from '../problem-responses.js';
import type { BloodRouteOptions } from './blood-route-options.js';

const idParams = z.strictObject({ id: z.uuid() });

export async function bloodReportRoutes(app: FastifyInstance, options: BloodRouteOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = options;

  r.get(
    '/reports/blood',
    {
      schema: {
        tags: ['reports'],
        summary: 'Blood and plasma units by product and donor category, per organisation and period',
        querystring: bloodFiguresQuery,
        response: { 200: bloodFigures, ...problemResponses },
      },
    },
    async (request) => getBloodFigures(db, request.actor(), request.query),
  );

  r.get(
    '/organisations/:id/blood-policy',
    { schema: { tags: ['organisations'], params: idParams, response: { 200: bloodPolicyView, ...problemResponses } } },
    async (request) => getBloodPolicy(db, request.actor(), request.params.id),
  );

  r.put(
    '/organisations/:id/blood-policy',
    {
      schema: {
        tags: ['organisations'],
        params: idParams,
        body: updateBloodPolicyBody,
        response: { 200: bloodPolicyView, ...problemResponses },
      },
    },
    async (request) => updateBloodPolicy(db, request.actor(), request.params.id, request.body, request.ip),
  );
}
