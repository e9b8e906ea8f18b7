import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageQuery } from '../../../shared/contracts/common.js';
import {
  createUserBody,
  membershipInput,
  updateUserBody,
  userList,
  userView,
} from '../../../shared/contracts/users.js';
import type { Db } from '../../db/client.js';
import { addMembership } from '../../usecases/users/add-membership.js';
import { createUser } from '../../usecases/users/create-user.js';
import { getUser } from '../../usecases/users/get-user.js';
import { listUsers } from '../../usecases/users/list-users.js';
import { removeMembership } from '../../usecases/users/remove-membership.js';
import { updateUser } from '../../usecases/users/update-user.js';
import { problemResponses } from '../problem-responses.js';

const idParams = z.strictObject({ id: z.uuid() });
const membershipParams = z.strictObject({ id: z.uuid(), membershipId: z.uuid() });

export async function userRoutes(app: FastifyInstance, options: { db: Db }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['people'];
  const { db } = options;

  r.get(
    '/users',
    { schema: { tags, querystring: pageQuery, response: { 200: userList, ...problemResponses } } },
    async (request) => listUsers(db, request.actor(), request.query),
  );

  r.post(
    '/users',
    { schema: { tags, body: createUserBody, response: { 201: userView, ...problemResponses } } },
    async (request, reply) => reply.code(201).send(await createUser(db, request.actor(), request.body, request.ip)),
  );

  r.get(
    '/users/:id',
    { schema: { tags, params: idParams, response: { 200: userView, ...problemResponses } } },
    async (request) => getUser(db, request.actor(), request.params.id),
  );

  r.patch(
    '/users/:id',
    { schema: { tags, params: idParams, body: updateUserBody, response: { 200: userView, ...problemResponses } } },
    async (request) => updateUser(db, request.actor(), request.params.id, request.body, request.ip),
  );

  r.post(
    '/users/:id/memberships',
    {
      schema: { tags, params: idParams, body: membershipInput, response: { 201: userView, ...problemResponses } },
    },
    async (request, reply) =>
      reply.code(201).send(await addMembership(db, request.actor(), request.params.id, request.body, request.ip)),
  );

  r.delete(
    '/users/:id/memberships/:membershipId',
    { schema: { tags, params: membershipParams, response: { 200: userView, ...problemResponses } } },
    async (request) =>
      removeMembership(db, request.actor(), request.params.id, request.params.membershipId, request.ip),
  );
}
