// Registry of blood donors: list, register, read, update, verification, a lead turned donor (issue #12).
// Donations are in donor-donations.ts, CSV import in donor-import.ts.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  centreDeferralBody,
  confirmGroupBody,
  createDonorBody,
  donorList,
  donorQuery,
  donorView,
  leadToDonorBody,
  registeredDonor,
  updateDonorBody,
  verificationCallBody,
  verifyDonorBody,
  withdrawConsentBody,
} from '../../../shared/contracts/donors.js';
import { confirmGroup } from '../../usecases/donors/confirm-group.js';
import { createDonor } from '../../usecases/donors/create-donor.js';
import { getDonor } from '../../usecases/donors/get-donor.js';
import { leadToDonor } from '../../usecases/donors/lead-to-donor.js';
import { listDonors } from '../../usecases/donors/list-donors.js';
import { logVerificationCall } from '../../usecases/donors/log-verification-call.js';
import { clearCentreDeferral, recordCentreDeferral } from '../../usecases/donors/record-centre-deferral.js';
import { revealDonorContact } from '../../usecases/donors/reveal-donor-contact.js';
import { updateDonor } from '../../usecases/donors/update-donor.js';
import { verifyDonor } from '../../usecases/donors/verify-donor.js';
import { withdrawConsent } from '../../usecases/donors/withdraw-consent.js';
import { problemResponses } from '../problem-responses.js';
import type { BloodRouteOptions } from './blood-route-options.js';

const idParams = z.strictObject({ id: z.uuid() });

export async function donorRoutes(app: FastifyInstance, options: BloodRouteOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = options;
  const tags = ['donors'];
  const view = { 200: donorView, ...problemResponses };
  const action = <B extends z.ZodType>(body: B) => ({ schema: { tags, params: idParams, body, response: view } });

  r.get(
    '/donors',
    { schema: { tags, querystring: donorQuery, response: { 200: donorList, ...problemResponses } } },
    async (request) => listDonors(db, request.actor(), request.query),
  );
  r.post(
    '/donors',
    { schema: { tags, body: createDonorBody, response: { 201: registeredDonor, ...problemResponses } } },
    async (request, reply) =>
      reply.code(201).send(await createDonor(db, request.actor(), request.signedIn?.user.name ?? '', request.body)),
  );
  r.get('/donors/:id', { schema: { tags, params: idParams, response: view } }, async (request) =>
    getDonor(db, request.actor(), request.params.id),
  );
  r.patch('/donors/:id', action(updateDonorBody), async (request) =>
    updateDonor(db, request.actor(), request.params.id, request.body),
  );
  r.post('/donors/:id/reveal-contact', { schema: { tags, params: idParams, response: view } }, async (request) =>
    revealDonorContact(db, request.actor(), request.params.id, request.ip),
  );
  r.post('/donors/:id/calls', action(verificationCallBody), async (request) =>
    logVerificationCall(db, request.actor(), request.params.id, request.body),
  );
  r.post('/donors/:id/verify', action(verifyDonorBody), async (request) =>
    verifyDonor(db, request.actor(), request.params.id, request.body),
  );
  r.post('/donors/:id/group', action(confirmGroupBody), async (request) =>
    confirmGroup(db, request.actor(), request.params.id, request.body),
  );
  r.post('/donors/:id/deferral', action(centreDeferralBody), async (request) =>
    recordCentreDeferral(db, request.actor(), request.params.id, request.body),
  );
  r.delete('/donors/:id/deferral', { schema: { tags, params: idParams, response: view } }, async (request) =>
    clearCentreDeferral(db, request.actor(), request.params.id),
  );
  r.post('/donors/:id/withdraw-consent', action(withdrawConsentBody), async (request) =>
    withdrawConsent(db, request.actor(), request.params.id, request.body),
  );
  r.post(
    '/leads/:id/donor',
    {
      schema: {
        tags: ['donors', 'leads'],
        params: idParams,
        body: leadToDonorBody,
        response: { 201: registeredDonor, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await leadToDonor(db, request.actor(), request.params.id, request.body)),
  );
}
