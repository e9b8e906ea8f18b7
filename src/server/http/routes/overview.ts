import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { overviewView } from '../../../shared/contracts/overview.js';
import type { Db } from '../../db/client.js';
import { getOverview } from '../../usecases/overview/get-overview.js';
import { problemResponses } from '../problem-responses.js';

export async function overviewRoutes(app: FastifyInstance, options: { db: Db }): Promise<void> {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/overview',
      { schema: { tags: ['cases'], response: { 200: overviewView, ...problemResponses } } },
      async (request) => getOverview(options.db, request.actor()),
    );
}
