// Before any schema sees a request: text that no database can store (NUL, unpaired surrogates) and nesting
// deeper than any body we take are refused with a 400 naming the field. Provider webhooks keep raw bytes
// and are cleaned where their messages are read (accept-inbound.ts) instead: a provider cannot be refused.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { findTextProblem } from '../../../shared/text.js';
import { AppError } from '../../errors.js';

export const inputGuardPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    if (request.url.startsWith('/webhooks/')) return;
    const parts: Array<[unknown, string]> = [
      [request.params, 'params'],
      [request.query, 'querystring'],
      [Buffer.isBuffer(request.body) ? null : request.body, ''],
    ];
    for (const [value, root] of parts) {
      const found = findTextProblem(value, root);
      if (found) {
        throw new AppError('validation_failed', { count: 1 }, [
          { field: found.path === '' ? 'body' : found.path, code: found.problem },
        ]);
      }
    }
  });
});
