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
import { bloodFiguresCsv, bloodFiguresFileName } from '../../presenters/blood-figures-csv.js';
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
        summary:
          'Blood and plasma units by product and donor category, camps held, children served and transfusions ' +
          'met on time, per organisation and period (JSON, or CSV with format=csv)',
        querystring: bloodFiguresQuery,
        produces: ['application/json', 'text/csv'],
        // The CSV is a string (format=csv).
        response: { 200: bloodFigures.or(z.string()), ...problemResponses },
      },
    },
    async (request, reply) => {
      const figures = await getBloodFigures(db, request.actor(), request.query);
      if (request.query.format !== 'csv') return figures;
      // A text/csv body is sent as it is, past the JSON schema's serializer.
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${bloodFiguresFileName(figures)}"`)
        .header('cache-control', 'private, no-store')
        .send(bloodFiguresCsv(figures));
    },
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
