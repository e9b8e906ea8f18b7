import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditList } from '../../../shared/contracts/audit.js';
import { pageQuery } from '../../../shared/contracts/common.js';
import type { Db } from '../../db/client.js';
import { listAuditEvents } from '../../usecases/audit/list-audit-events.js';
import { problemResponses } from '../problem-responses.js';

export async function auditRoutes(app: FastifyInstance, options: { db: Db }): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/audit-events',
    {
      schema: {
        tags: ['audit'],
        querystring: pageQuery.omit({ q: true }),
        response: { 200: auditList, ...problemResponses },
      },
    },
    async (request) => listAuditEvents(options.db, request.actor(), request.query),
  );
}
