// A case's blood needs: matching candidates (ranked, with the near misses and why), the donors asked, asking one,
// starting waves and stopping them (issue #12). Answers, the signed link and replacement donors: donor-answers.ts
// and replacement-donors.ts.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  askDonorBody,
  asksView,
  candidatesView,
  startOutreachBody,
  stopOutreachBody,
} from '../../../shared/contracts/outreach.js';
import { askDonor } from '../../usecases/outreach/ask-donor.js';
import { listAsks } from '../../usecases/outreach/list-asks.js';
import { listCandidates } from '../../usecases/outreach/list-candidates.js';
import { startOutreach } from '../../usecases/outreach/start-outreach.js';
import { stopOutreach } from '../../usecases/outreach/stop-outreach.js';
import { problemResponses } from '../problem-responses.js';
import type { BloodRouteOptions } from './blood-route-options.js';

const needParams = z.strictObject({ id: z.uuid(), needId: z.uuid() });

export async function caseDonorRoutes(app: FastifyInstance, options: BloodRouteOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const deps = { db: options.db, bus: options.bus, links: { secret: options.secret, publicUrl: options.publicUrl } };
  const tags = ['outreach'];
  const asks = { 200: asksView, ...problemResponses };
  const ids = (params: z.infer<typeof needParams>) => ({ caseId: params.id, needId: params.needId });

  r.get(
    '/cases/:id/needs/:needId/candidates',
    { schema: { tags, params: needParams, response: { 200: candidatesView, ...problemResponses } } },
    async (request) => listCandidates(options.db, request.actor(), request.params.id, request.params.needId),
  );
  r.get('/cases/:id/needs/:needId/asks', { schema: { tags, params: needParams, response: asks } }, async (request) =>
    listAsks(options.db, request.actor(), request.params.id, request.params.needId),
  );
  r.post(
    '/cases/:id/needs/:needId/asks',
    { schema: { tags, params: needParams, body: askDonorBody, response: asks } },
    async (request) => askDonor(deps, request.actor(), ids(request.params), request.body),
  );
  r.post(
    '/cases/:id/needs/:needId/outreach',
    { schema: { tags, params: needParams, body: startOutreachBody.nullish(), response: asks } },
    async (request) => startOutreach(deps, request.actor(), ids(request.params)),
  );
  r.post(
    '/cases/:id/needs/:needId/outreach/stop',
    { schema: { tags, params: needParams, body: stopOutreachBody.nullish(), response: asks } },
    async (request) => stopOutreach(deps, request.actor(), ids(request.params), request.body ?? {}),
  );
}
