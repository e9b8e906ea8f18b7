// Blood donation camps (issue #14): plan, list, read, change, cancel, mark held, invite donors nearby, thank donors;
// registrations (the desk's form), check-in by QR token or phone, screening outcomes, the report (JSON or CSV); and
// the public page's two routes (the camp by its code, a registration), behind the public form's limits.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  campDetail,
  campList,
  campQuery,
  campReport,
  campReportQuery,
  cancelCampBody,
  checkInBody,
  inviteBody,
  inviteResult,
  operatorRegistrationBody,
  outcomeBody,
  planCampBody,
  publicCampView,
  publicRegistered,
  publicRegistrationBody,
  registrationList,
  registrationQuery,
  registrationView,
  thankResult,
  updateCampBody,
} from '../../../shared/contracts/camps.js';
import type { Db } from '../../db/client.js';
import { campReportCsv } from '../../domain/camps/report.js';
import { AppError } from '../../errors.js';
import type { IntakeGuard } from '../../infrastructure/intake-guard.js';
import { campReportFor } from '../../usecases/camps/camp-report.js';
import { cancelCamp } from '../../usecases/camps/cancel-camp.js';
import { cancelRegistration } from '../../usecases/camps/cancel-registration.js';
import { checkIn } from '../../usecases/camps/check-in.js';
import { getCamp } from '../../usecases/camps/get-camp.js';
import { inviteDonors } from '../../usecases/camps/invite-donors.js';
import { listCamps } from '../../usecases/camps/list-camps.js';
import { listRegistrations } from '../../usecases/camps/list-registrations.js';
import { markCampHeld } from '../../usecases/camps/mark-camp-held.js';
import { planCamp } from '../../usecases/camps/plan-camp.js';
import { presentPublicCamp } from '../../usecases/camps/present-camp.js';
import { recordOutcome } from '../../usecases/camps/record-outcome.js';
import { registerCampDonor } from '../../usecases/camps/register-camp-donor.js';
import { campByCode, registerPublic } from '../../usecases/camps/register-public.js';
import { thankCampDonors } from '../../usecases/camps/thank-donors.js';
import { updateCamp } from '../../usecases/camps/update-camp.js';
import { spendSolvedChallenge } from '../../usecases/public/spend-challenge.js';
import { problemResponses } from '../problem-responses.js';

const idParams = z.strictObject({ id: z.uuid() });
const registrationParams = z.strictObject({ id: z.uuid(), rid: z.uuid() });
const codeParams = z.strictObject({ code: z.string().min(1).max(16) });

export interface CampRouteOptions {
  db: Db;
  /** The site's address, for the links in invitations and the QR code's check-in URL. */
  publicUrl: string;
  /** Signs the public form's challenges (the same key as the other public forms). */
  secret: string;
  /** The public form's limits (per address, per phone), shared by every process. */
  guard: IntakeGuard;
}

export async function campRoutes(app: FastifyInstance, options: CampRouteOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, publicUrl } = options;
  const tags = ['camps'];
  const detail = { 200: campDetail, ...problemResponses };
  const registration = { 200: registrationView, ...problemResponses };

  r.get(
    '/camps',
    { schema: { tags, querystring: campQuery, response: { 200: campList, ...problemResponses } } },
    async (request) => listCamps(db, request.actor(), request.query),
  );
  r.post(
    '/camps',
    { schema: { tags, body: planCampBody, response: { 201: campDetail, ...problemResponses } } },
    async (request, reply) => reply.code(201).send(await planCamp(db, request.actor(), request.body)),
  );
  r.get('/camps/:id', { schema: { tags, params: idParams, response: detail } }, async (request) =>
    getCamp(db, request.actor(), request.params.id),
  );
  r.patch(
    '/camps/:id',
    { schema: { tags, params: idParams, body: updateCampBody, response: detail } },
    async (request) => updateCamp(db, request.actor(), request.params.id, request.body),
  );
  r.post(
    '/camps/:id/cancel',
    { schema: { tags, params: idParams, body: cancelCampBody, response: detail } },
    async (request) => cancelCamp(db, request.actor(), request.params.id, request.body),
  );
  r.post('/camps/:id/held', { schema: { tags, params: idParams, response: detail } }, async (request) =>
    markCampHeld(db, request.actor(), request.params.id),
  );
  r.post(
    '/camps/:id/invite',
    { schema: { tags, params: idParams, body: inviteBody, response: { 200: inviteResult, ...problemResponses } } },
    async (request) => inviteDonors(db, request.actor(), request.params.id, request.body, publicUrl),
  );
  r.post(
    '/camps/:id/thank',
    { schema: { tags, params: idParams, response: { 200: thankResult, ...problemResponses } } },
    async (request) => thankCampDonors(db, request.actor(), request.params.id),
  );
  r.get(
    '/camps/:id/registrations',
    {
      schema: {
        tags,
        params: idParams,
        querystring: registrationQuery,
        response: { 200: registrationList, ...problemResponses },
      },
    },
    async (request) => listRegistrations(db, request.actor(), request.params.id, request.query),
  );
  r.post(
    '/camps/:id/registrations',
    {
      schema: {
        tags,
        params: idParams,
        body: operatorRegistrationBody,
        response: { 201: registrationView, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await registerCampDonor(db, request.actor(), request.params.id, request.body, publicUrl)),
  );
  r.delete(
    '/camps/:id/registrations/:rid',
    { schema: { tags, params: registrationParams, response: registration } },
    async (request) => cancelRegistration(db, request.actor(), request.params.id, request.params.rid),
  );
  r.post(
    '/camps/:id/check-ins',
    { schema: { tags, params: idParams, body: checkInBody, response: registration } },
    async (request) => checkIn(db, request.actor(), request.params.id, request.body),
  );
  r.post(
    '/camps/:id/registrations/:rid/outcome',
    { schema: { tags, params: registrationParams, body: outcomeBody, response: registration } },
    async (request) => recordOutcome(db, request.actor(), request.params.id, request.params.rid, request.body),
  );
  r.get(
    '/camps/:id/report',
    {
      schema: {
        tags,
        summary: "A camp's report: registered, came, deferred, units by product, donors by category (JSON or CSV)",
        params: idParams,
        querystring: campReportQuery,
        produces: ['application/json', 'text/csv'],
        response: { 200: campReport.or(z.string()), ...problemResponses },
      },
    },
    async (request, reply) => {
      const report = await campReportFor(db, request.actor(), request.params.id);
      if (request.query.format !== 'csv') return report;
      // A text/csv body is sent as it is, past the JSON schema's serializer.
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="camp-${report.code}-${report.day}.csv"`)
        .header('cache-control', 'private, no-store')
        .send(campReportCsv(report));
    },
  );

  // The public page: no sign-in. The same challenge key as routes/public.ts, so one challenge serves any form.
  const hmacKey = `altcha:${options.secret}`;
  const admit = async (
    request: FastifyRequest,
    body: { phone: string; website?: string | undefined; altcha?: string | undefined },
  ) => {
    // People never see the honeypot field; only form-filling robots put anything in it.
    if (body.website) throw new AppError('spam_suspected');
    const solved = body.altcha !== undefined && (await spendSolvedChallenge(db, body.altcha, hmacKey));
    const verdict = await options.guard.admit(request.ip, body.phone, solved);
    if (verdict === 'challenge') throw new AppError('challenge_required');
    if (verdict === 'limit_ip' || verdict === 'limit_phone') {
      throw new AppError('rate_limited', { seconds: 3600 }, [], { 'retry-after': '3600' });
    }
  };
  const publicTags = ['public', 'camps'];
  r.get(
    '/public/camps/:code',
    {
      config: { public: true },
      schema: { tags: publicTags, params: codeParams, response: { 200: publicCampView, ...problemResponses } },
    },
    async (request) => presentPublicCamp(db, await campByCode(db, request.params.code), new Date()),
  );
  r.post(
    '/public/camps/:code/registrations',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        params: codeParams,
        body: publicRegistrationBody,
        response: { 201: publicRegistered, ...problemResponses },
      },
    },
    async (request, reply) => {
      // An unknown code is a 404 before the form's limits are spent.
      await campByCode(db, request.params.code);
      await admit(request, request.body);
      reply.header('cache-control', 'no-store');
      return reply.code(201).send(await registerPublic(db, request.params.code, request.body, publicUrl));
    },
  );
}
