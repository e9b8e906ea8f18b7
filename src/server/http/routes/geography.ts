import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { districtView, stateView } from '../../../shared/contracts/geography.js';
import type { Db } from '../../db/client.js';
import { listDistricts, listStates } from '../../usecases/geography/list-geography.js';
import { problemResponses } from '../problem-responses.js';

/** Reference data, public because the citizen's request form needs it too. */
export async function geographyRoutes(app: FastifyInstance, options: { db: Db }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['geography'];
  r.get(
    '/geography/states',
    { config: { public: true }, schema: { tags, response: { 200: z.array(stateView), ...problemResponses } } },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return listStates(options.db);
    },
  );
  r.get(
    '/geography/districts',
    {
      config: { public: true },
      schema: {
        tags,
        querystring: z.strictObject({
          state: z
            .string()
            .regex(/^[A-Z]{2}$/)
            .optional(),
        }),
        response: { 200: z.array(districtView), ...problemResponses },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return listDistricts(options.db, request.query.state);
    },
  );
}
