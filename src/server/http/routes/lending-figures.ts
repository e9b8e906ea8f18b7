// Lending figures (issue #13): items by status per depot, loans out, overdue, average loan days, patients served,
// losses. Counts only, so viewers read them too.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { lendingFiguresQuery, lendingFiguresView } from '../../../shared/contracts/lending-figures.js';
import { getLendingFigures } from '../../usecases/lending-figures/get-lending-figures.js';
import { problemResponses } from '../problem-responses.js';
import type { LendingRouteOptions } from './lending-route-options.js';

export async function lendingFigureRoutes(app: FastifyInstance, options: LendingRouteOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/lending/figures',
    {
      schema: {
        tags: ['lending'],
        querystring: lendingFiguresQuery,
        response: { 200: lendingFiguresView, ...problemResponses },
      },
    },
    async (request) => getLendingFigures(options.db, request.actor(), request.query),
  );
}
