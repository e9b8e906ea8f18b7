import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/client.js';
import { AppError } from '../../errors.js';

export async function healthRoutes(app: FastifyInstance, options: { database: Database }): Promise<void> {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { hide: true } }, async (request) => {
    try {
      await options.database.ping();
    } catch (error) {
      request.log.warn({ err: error }, 'database not reachable');
      throw new AppError('not_ready', { reason: 'database unreachable' });
    }
    const status = await options.database.migrationStatus();
    if (status.applied < status.expected) {
      throw new AppError('not_ready', { reason: `migrations pending (${status.applied}/${status.expected})` });
    }
    return { status: 'ready', database: options.database.kind, migrations: status.applied };
  });
}
