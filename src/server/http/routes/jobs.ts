// Background jobs and queue depths, for admins.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { jobsOverview, jobsQuery } from '../../../shared/contracts/jobs.js';
import type { Db } from '../../db/client.js';
import { listJobs } from '../../usecases/jobs/list-jobs.js';
import { problemResponses } from '../problem-responses.js';

export async function jobRoutes(app: FastifyInstance, options: { db: Db }): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/jobs',
    {
      schema: {
        tags: ['jobs'],
        querystring: jobsQuery,
        response: { 200: jobsOverview, ...problemResponses },
      },
    },
    async (request) => listJobs(options.db, request.actor(), request.query),
  );
}
