import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { understandBody, understanding } from '../../../shared/contracts/understanding.js';
import type { Db } from '../../db/client.js';
import { understand } from '../../domain/understanding/understand.js';
import { problemResponses } from '../problem-responses.js';

/** `POST /understand`: what the engine reads in a free-text plea (the operator's paste-to-prefill).
 * Signed-in only (the default). A pure computation over the text, so no use case or database: `db` is taken
 * for the same signature as the other route plugins. */
export async function understandRoutes(app: FastifyInstance, _options: { db: Db }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/understand',
    {
      // 10,000 characters of Devanagari are 30 KB of UTF-8; anything much larger is refused unread.
      bodyLimit: 48 * 1024,
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: ['understanding'],
        body: understandBody,
        response: { 200: understanding, ...problemResponses },
      },
    },
    async (request) => understand(request.body.text),
  );
}
