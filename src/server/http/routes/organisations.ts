import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createOrganisationBody,
  deskPolicyView,
  updateDeskPolicyBody,
  organisationList,
  organisationView,
  updateOrganisationBody,
} from '../../../shared/contracts/organisations.js';
import type { Db } from '../../db/client.js';
import { getDeskPolicy, updateDeskPolicy } from '../../usecases/organisations/desk-policy.js';
import { createOrganisation } from '../../usecases/organisations/create-organisation.js';
import { getOrganisation } from '../../usecases/organisations/get-organisation.js';
import { listOrganisations } from '../../usecases/organisations/list-organisations.js';
import { updateOrganisation } from '../../usecases/organisations/update-organisation.js';
import { problemResponses } from '../problem-responses.js';

const idParams = z.strictObject({ id: z.uuid() });

export async function organisationRoutes(app: FastifyInstance, options: { db: Db }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['organisations'];
  const { db } = options;

  r.get(
    '/organisations',
    { schema: { tags, response: { 200: organisationList, ...problemResponses } } },
    async (request) => ({ items: await listOrganisations(db, request.actor()) }),
  );

  r.post(
    '/organisations',
    { schema: { tags, body: createOrganisationBody, response: { 201: organisationView, ...problemResponses } } },
    async (request, reply) => {
      const created = await createOrganisation(db, request.actor(), request.body, request.ip);
      return reply.code(201).send(created);
    },
  );

  r.get(
    '/organisations/:id',
    { schema: { tags, params: idParams, response: { 200: organisationView, ...problemResponses } } },
    async (request) => getOrganisation(db, request.actor(), request.params.id),
  );

  r.get(
    '/organisations/:id/desk-policy',
    { schema: { tags, params: idParams, response: { 200: deskPolicyView, ...problemResponses } } },
    async (request) => getDeskPolicy(db, request.actor(), request.params.id),
  );

  r.put(
    '/organisations/:id/desk-policy',
    {
      schema: {
        tags,
        params: idParams,
        body: updateDeskPolicyBody,
        response: { 200: deskPolicyView, ...problemResponses },
      },
    },
    async (request) => updateDeskPolicy(db, request.actor(), request.params.id, request.body, request.ip),
  );

  r.patch(
    '/organisations/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: updateOrganisationBody,
        response: { 200: organisationView, ...problemResponses },
      },
    },
    async (request) => updateOrganisation(db, request.actor(), request.params.id, request.body, request.ip),
  );
}
