import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { flagPhoneBody, flaggedPhoneView } from '../../../shared/contracts/cases.js';
import { phone } from '../../../shared/contracts/common.js';
import type { Db } from '../../db/client.js';
import { flagPhone } from '../../usecases/flagged-phones/flag-phone.js';
import { listFlaggedPhones } from '../../usecases/flagged-phones/list-flagged-phones.js';
import { unflagPhone } from '../../usecases/flagged-phones/unflag-phone.js';
import { problemResponses } from '../problem-responses.js';

export async function flaggedPhoneRoutes(app: FastifyInstance, options: { db: Db }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['fraud'];
  r.get(
    '/flagged-phones',
    { schema: { tags, response: { 200: z.object({ items: z.array(flaggedPhoneView) }), ...problemResponses } } },
    async (request) => ({
      items: await listFlaggedPhones(options.db, request.actor()),
    }),
  );
  r.post(
    '/flagged-phones',
    { schema: { tags, body: flagPhoneBody, response: { 201: flaggedPhoneView, ...problemResponses } } },
    async (request, reply) =>
      reply.code(201).send(await flagPhone(options.db, request.actor(), request.body, request.ip)),
  );
  r.delete(
    '/flagged-phones/:phone',
    { schema: { tags, params: z.strictObject({ phone }), response: { 204: z.null(), ...problemResponses } } },
    async (request, reply) => {
      await unflagPhone(options.db, request.actor(), request.params.phone, request.ip);
      return reply.code(204).send(null);
    },
  );
}
