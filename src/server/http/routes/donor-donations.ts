// A donor's donations: the list, and recording one (the next eligible day follows; a thank-you is queued).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { donationList, recordDonationBody, recordedDonation } from '../../../shared/contracts/donors.js';
import { listDonations } from '../../usecases/donors/list-donations.js';
import { recordDonation } from '../../usecases/donors/record-donation.js';
import { problemResponses } from '../problem-responses.js';
import type { BloodRouteOptions } from './blood-route-options.js';

const idParams = z.strictObject({ id: z.uuid() });

export async function donorDonationRoutes(app: FastifyInstance, options: BloodRouteOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = options;
  const tags = ['donors'];

  r.get(
    '/donors/:id/donations',
    { schema: { tags, params: idParams, response: { 200: donationList, ...problemResponses } } },
    async (request) => listDonations(db, request.actor(), request.params.id),
  );
  r.post(
    '/donors/:id/donations',
    {
      schema: {
        tags,
        params: idParams,
        body: recordDonationBody,
        response: { 201: recordedDonation, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordDonation(db, request.actor(), request.params.id, request.body)),
  );
}
