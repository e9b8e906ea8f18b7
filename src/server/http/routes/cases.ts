import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assignBody,
  assignableList,
  bulkBody,
  bulkResult,
  callBody,
  caseDetail,
  caseList,
  caseQuery,
  createCaseBody,
  intakeResult,
  mergeBody,
  noteBody,
  priorityBody,
  quantityBody,
  referBody,
  referralOptions,
  similarList,
  similarQuery,
  splitBody,
  transitionBody,
  triagePreview,
  triagePreviewBody,
  updateCaseBody,
} from '../../../shared/contracts/cases.js';
import type { Db } from '../../db/client.js';
import type { CaseBus } from '../../events/case-bus.js';
import { addCaseNote } from '../../usecases/cases/add-case-note.js';
import { assignCase } from '../../usecases/cases/assign-case.js';
import { bulkCases } from '../../usecases/cases/bulk-cases.js';
import { claimCase } from '../../usecases/cases/claim-case.js';
import { createCase } from '../../usecases/cases/create-case.js';
import { findSimilarCases } from '../../usecases/cases/find-similar-cases.js';
import { getCase } from '../../usecases/cases/get-case.js';
import { listAssignable } from '../../usecases/cases/list-assignable.js';
import { listCases } from '../../usecases/cases/list-cases.js';
import { logCall } from '../../usecases/cases/log-call.js';
import { mergeCase } from '../../usecases/cases/merge-case.js';
import { overridePriority } from '../../usecases/cases/override-priority.js';
import { previewTriage } from '../../usecases/cases/preview-triage.js';
import { recordQuantity } from '../../usecases/cases/record-quantity.js';
import { listReferralOptions, referCase } from '../../usecases/cases/refer-case.js';
import { revealContact } from '../../usecases/cases/reveal-contact.js';
import { splitCase } from '../../usecases/cases/split-case.js';
import { transitionCase } from '../../usecases/cases/transition-case.js';
import { updateCase } from '../../usecases/cases/update-case.js';
import { requestLanguage } from '../plugins/problem.js';
import { problemResponses } from '../problem-responses.js';
import { caseStreamRoute } from './case-stream.js';

const idParams = z.strictObject({ id: z.uuid() });
const perPerson = (request: FastifyRequest): string => request.signedIn?.user.id ?? request.ip;

export async function caseRoutes(app: FastifyInstance, options: { db: Db; bus: CaseBus }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const deps = { db: options.db, bus: options.bus };
  const tags = ['cases'];
  const detail = { 200: caseDetail, ...problemResponses };
  const action = <B extends z.ZodType>(body: B) => ({ schema: { tags, params: idParams, body, response: detail } });

  r.get(
    '/cases',
    { schema: { tags, querystring: caseQuery, response: { 200: caseList, ...problemResponses } } },
    async (request) => listCases(options.db, request.actor(), request.query),
  );
  r.post(
    '/cases',
    { schema: { tags, body: createCaseBody, response: { 201: intakeResult, ...problemResponses } } },
    async (request, reply) =>
      reply.code(201).send(await createCase(deps, request.actor(), request.body, { ip: request.ip })),
  );
  r.get(
    '/cases/similar',
    {
      // Per person: enough for typing a plea, far too few to find a masked number by trying its digits.
      config: { rateLimit: { max: 30, timeWindow: '1 minute', keyGenerator: perPerson } },
      schema: { tags, querystring: similarQuery, response: { 200: similarList, ...problemResponses } },
    },
    async (request) => ({
      items: await findSimilarCases(options.db, request.actor(), request.query),
    }),
  );
  await app.register(caseStreamRoute, { bus: options.bus, db: options.db });
  r.post(
    '/cases/triage-preview',
    { schema: { tags, body: triagePreviewBody, response: { 200: triagePreview, ...problemResponses } } },
    async (request) => previewTriage(options.db, request.actor(), request.body),
  );
  r.post(
    '/cases/bulk',
    { schema: { tags, body: bulkBody, response: { 200: bulkResult, ...problemResponses } } },
    async (request) => bulkCases(deps, request.actor(), request.body, requestLanguage(request)),
  );
  r.get('/cases/:id', { schema: { tags, params: idParams, response: detail } }, async (request) =>
    getCase(options.db, request.actor(), request.params.id),
  );
  r.patch('/cases/:id', action(updateCaseBody), async (request) =>
    updateCase(deps, request.actor(), request.params.id, request.body),
  );
  r.post('/cases/:id/transitions', action(transitionBody), async (request) =>
    transitionCase(deps, request.actor(), request.params.id, request.body),
  );
  r.post('/cases/:id/claim', { schema: { tags, params: idParams, response: detail } }, async (request) =>
    claimCase(deps, request.actor(), request.params.id),
  );
  r.post('/cases/:id/assign', action(assignBody), async (request) =>
    assignCase(deps, request.actor(), request.params.id, request.body.assigneeId),
  );
  r.get(
    '/cases/:id/assignable',
    { schema: { tags, params: idParams, response: { 200: assignableList, ...problemResponses } } },
    async (request) => ({
      items: await listAssignable(options.db, request.actor(), request.params.id),
    }),
  );
  r.post('/cases/:id/notes', action(noteBody), async (request) =>
    addCaseNote(deps, request.actor(), request.params.id, request.body.note),
  );
  r.post('/cases/:id/calls', action(callBody), async (request) =>
    logCall(deps, request.actor(), request.params.id, request.body),
  );
  r.post('/cases/:id/reveal-contact', { schema: { tags, params: idParams, response: detail } }, async (request) =>
    revealContact(deps, request.actor(), request.params.id, request.ip),
  );
  r.post('/cases/:id/priority', action(priorityBody), async (request) =>
    overridePriority(deps, request.actor(), request.params.id, request.body),
  );
  r.post('/cases/:id/quantities', action(quantityBody), async (request) =>
    recordQuantity(deps, request.actor(), request.params.id, request.body),
  );
  r.post('/cases/:id/merge', action(mergeBody), async (request) =>
    mergeCase(deps, request.actor(), request.params.id, request.body.intoCaseId),
  );
  r.post('/cases/:id/split', action(splitBody), async (request) =>
    splitCase(deps, request.actor(), request.params.id, request.body),
  );
  r.get(
    '/cases/:id/referral-options',
    { schema: { tags, params: idParams, response: { 200: referralOptions, ...problemResponses } } },
    async (request) => ({ items: await listReferralOptions(options.db, request.actor(), request.params.id) }),
  );
  r.post('/cases/:id/referrals', action(referBody), async (request) =>
    referCase(deps, request.actor(), request.params.id, request.body),
  );
}
