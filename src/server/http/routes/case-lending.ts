// Lending from a case (issue #13): the case's lending panel and the gate check. The loan itself is POST /loans.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { gateBody, gateView, lendingPanel } from '../../../shared/contracts/loans.js';
import type { Db } from '../../db/client.js';
import type { CaseBus } from '../../events/case-bus.js';
import { checkGate } from '../../usecases/loans/check-gate.js';
import { getLendingPanel } from '../../usecases/loans/get-lending-panel.js';
import { problemResponses } from '../problem-responses.js';

const caseParams = z.strictObject({ caseId: z.uuid() });

export async function caseLendingRoutes(app: FastifyInstance, options: { db: Db; bus: CaseBus }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, bus } = options;
  const tags = ['loans'];

  r.get(
    '/cases/:caseId/lending',
    { schema: { tags, params: caseParams, response: { 200: lendingPanel, ...problemResponses } } },
    async (request) => getLendingPanel(db, request.actor(), request.params.caseId),
  );
  r.post(
    '/cases/:caseId/gate',
    { schema: { tags, params: caseParams, body: gateBody, response: { 200: gateView, ...problemResponses } } },
    async (request) => checkGate({ db, bus }, request.actor(), request.params.caseId, request.body),
  );
}
