// Children on regular transfusion (issue #14): the list, registration, the record and its changes, the guardian's
// phones revealed (recorded), the state of care, and the roster — its members with the coverage of the next three
// months, adding (the one-pool race is settled in the database), removing, and the nearest candidates.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addRosterMemberBody,
  changeTransfusionPatientStateBody,
  createTransfusionPatientBody,
  rosterCandidateList,
  rosterCandidateQuery,
  rosterView,
  transfusionPatientDetail,
  transfusionPatientList,
  transfusionPatientQuery,
  updateTransfusionPatientBody,
} from '../../../shared/contracts/transfusion-patients.js';
import type { Db } from '../../db/client.js';
import { addRosterMember } from '../../usecases/transfusion-patients/add-roster-member.js';
import { changePatientState } from '../../usecases/transfusion-patients/change-patient-state.js';
import { createTransfusionPatient } from '../../usecases/transfusion-patients/create-transfusion-patient.js';
import { getTransfusionPatient } from '../../usecases/transfusion-patients/get-transfusion-patient.js';
import { listTransfusionPatients } from '../../usecases/transfusion-patients/list-transfusion-patients.js';
import { removeRosterMember } from '../../usecases/transfusion-patients/remove-roster-member.js';
import { revealPatientContact } from '../../usecases/transfusion-patients/reveal-patient-contact.js';
import { rosterCandidates } from '../../usecases/transfusion-patients/roster-candidates.js';
import { getRoster } from '../../usecases/transfusion-patients/roster-reads.js';
import { updateTransfusionPatient } from '../../usecases/transfusion-patients/update-transfusion-patient.js';
import { problemResponses } from '../problem-responses.js';

const idParams = z.strictObject({ id: z.uuid() });
const memberParams = z.strictObject({ id: z.uuid(), donorId: z.uuid() });

export async function transfusionPatientRoutes(app: FastifyInstance, options: { db: Db }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = options;
  const tags = ['thalassemia'];
  const detail = { 200: transfusionPatientDetail, ...problemResponses };
  const roster = { 200: rosterView, ...problemResponses };

  r.get(
    '/transfusion-patients',
    {
      schema: {
        tags,
        querystring: transfusionPatientQuery,
        response: { 200: transfusionPatientList, ...problemResponses },
      },
    },
    async (request) => listTransfusionPatients(db, request.actor(), request.query),
  );
  r.post(
    '/transfusion-patients',
    {
      schema: {
        tags,
        body: createTransfusionPatientBody,
        response: { 201: transfusionPatientDetail, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createTransfusionPatient(db, request.actor(), request.body)),
  );
  r.get('/transfusion-patients/:id', { schema: { tags, params: idParams, response: detail } }, async (request) =>
    getTransfusionPatient(db, request.actor(), request.params.id),
  );
  r.patch(
    '/transfusion-patients/:id',
    { schema: { tags, params: idParams, body: updateTransfusionPatientBody, response: detail } },
    async (request) => updateTransfusionPatient(db, request.actor(), request.params.id, request.body),
  );
  r.post(
    '/transfusion-patients/:id/reveal',
    { schema: { tags, params: idParams, response: detail } },
    async (request) => revealPatientContact(db, request.actor(), request.params.id, request.ip),
  );
  r.post(
    '/transfusion-patients/:id/state',
    { schema: { tags, params: idParams, body: changeTransfusionPatientStateBody, response: detail } },
    async (request) => changePatientState(db, request.actor(), request.params.id, request.body),
  );
  r.get('/transfusion-patients/:id/roster', { schema: { tags, params: idParams, response: roster } }, async (request) =>
    getRoster(db, request.actor(), request.params.id),
  );
  r.post(
    '/transfusion-patients/:id/roster',
    {
      schema: { tags, params: idParams, body: addRosterMemberBody, response: { 201: rosterView, ...problemResponses } },
    },
    async (request, reply) =>
      reply.code(201).send(await addRosterMember(db, request.actor(), request.params.id, request.body)),
  );
  r.delete(
    '/transfusion-patients/:id/roster/:donorId',
    { schema: { tags, params: memberParams, response: roster } },
    async (request) => removeRosterMember(db, request.actor(), request.params.id, request.params.donorId),
  );
  r.get(
    '/transfusion-patients/:id/roster/candidates',
    {
      schema: {
        tags,
        params: idParams,
        querystring: rosterCandidateQuery,
        response: { 200: rosterCandidateList, ...problemResponses },
      },
    },
    async (request) => rosterCandidates(db, request.actor(), request.params.id, request.query),
  );
}
