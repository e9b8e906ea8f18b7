// The donor's signed link (issue #12): what they are asked and their YES or NO, without signing in.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { donorAnswerBody, donorAskPublicView } from '../../../shared/contracts/outreach.js';
import { answerAskByLink, getAskByLink } from '../../usecases/outreach/answer-by-link.js';
import { problemResponses } from '../problem-responses.js';
import type { BloodRouteOptions } from './blood-route-options.js';

const tokenParams = z.strictObject({ token: z.string().min(1).max(100) });

export async function donorAnswerRoutes(app: FastifyInstance, options: BloodRouteOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const deps = { db: options.db, bus: options.bus, secret: options.secret };
  const tags = ['public', 'outreach'];
  const response = { 200: donorAskPublicView, ...problemResponses };
  // One budget for reading and answering (HEAD included): a token cannot be found by trying, but trying is bounded.
  const limit = app.rateLimit({ max: 60, timeWindow: '1 minute', groupId: 'donor-answers' });

  r.get(
    '/public/donor-answers/:token',
    { config: { public: true }, onRequest: limit, schema: { tags, params: tokenParams, response } },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return getAskByLink(deps, request.params.token);
    },
  );
  r.post(
    '/public/donor-answers/:token',
    {
      config: { public: true },
      onRequest: limit,
      schema: { tags, params: tokenParams, body: donorAnswerBody, response },
    },
    async (request) => answerAskByLink(deps, request.params.token, request.body.answer),
  );
}
