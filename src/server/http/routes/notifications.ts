import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notificationView } from '../../../shared/contracts/cases.js';
import type { Db } from '../../db/client.js';
import { listNotifications, markNotificationRead } from '../../usecases/notifications/list-notifications.js';
import { problemResponses } from '../problem-responses.js';

export async function notificationRoutes(app: FastifyInstance, options: { db: Db }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];
  r.get(
    '/notifications',
    { schema: { tags, response: { 200: z.object({ items: z.array(notificationView) }), ...problemResponses } } },
    async (request) => ({
      items: await listNotifications(options.db, request.actor()),
    }),
  );
  r.post(
    '/notifications/:id/read',
    { schema: { tags, params: z.strictObject({ id: z.uuid() }), response: { 204: z.null(), ...problemResponses } } },
    async (request, reply) => {
      await markNotificationRead(options.db, request.actor(), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
