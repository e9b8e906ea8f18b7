// The public's donor registration on /donate with a one-time code, and a donor's own history (issue #12).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  donorCodeBody,
  donorCodeSent,
  donorSelfBody,
  donorSelfCodeBody,
  donorSelfView,
  publicDonorBody,
  publicDonorRegistered,
} from '../../../shared/contracts/public-donors.js';
import { phoneCodePolicy } from '../../domain/donors/phone-code.js';
import { AppError } from '../../errors.js';
import { spendSolvedChallenge } from '../../usecases/public/spend-challenge.js';
import { getOwnDonorRecord } from '../../usecases/donors/get-own-donor-record.js';
import { registerPublicDonor } from '../../usecases/donors/register-public-donor.js';
import { requestOwnRecordCode } from '../../usecases/donors/request-own-record-code.js';
import { checkCodeRegistration, requestRegistrationCode } from '../../usecases/donors/request-registration-code.js';
import { problemResponses } from '../problem-responses.js';
import type { BloodRouteOptions } from './blood-route-options.js';

/** No sign-in here: the code proves the phone, and sending codes is limited like the public help form. */
export async function publicDonorRoutes(app: FastifyInstance, options: BloodRouteOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public', 'donors'];
  // The same key as routes/public.ts: one challenge from GET /public/challenge serves either form.
  const hmacKey = `altcha:${options.secret}`;
  const sent = { validMinutes: phoneCodePolicy.validMinutes };

  /** Every code sent counts against its address and its phone in the help form's limits (intake-guard.ts). */
  const admitCodeRequest = async (
    request: FastifyRequest,
    body: { phone: string; website?: string | undefined; altcha?: string | undefined },
  ) => {
    // People never see the honeypot field; only form-filling robots put anything in it.
    if (body.website) throw new AppError('spam_suspected');
    const solved = body.altcha !== undefined && (await spendSolvedChallenge(options.db, body.altcha, hmacKey));
    const verdict = await options.guard.admit(request.ip, body.phone, solved);
    if (verdict === 'challenge') throw new AppError('challenge_required');
    if (verdict === 'limit_ip' || verdict === 'limit_phone') {
      throw new AppError('rate_limited', { seconds: 3600 }, [], { 'retry-after': '3600' });
    }
  };
  // Guesses are limited per code in the database; this keeps one address from trying many phones' codes quickly.
  const codeCheckLimit = app.rateLimit({ max: 30, timeWindow: '1 minute', groupId: 'donor-code-check' });

  r.post(
    '/public/donors/code',
    {
      config: { public: true },
      schema: { tags, body: donorCodeBody, response: { 202: donorCodeSent, ...problemResponses } },
    },
    async (request, reply) => {
      // What would refuse the registration is said before a code is sent or counted against the limits.
      await checkCodeRegistration(options.db, request.body);
      await admitCodeRequest(request, request.body);
      await requestRegistrationCode(options.db, request.body, options.secret);
      return reply.code(202).send(sent);
    },
  );

  r.post(
    '/public/donors',
    {
      config: { public: true },
      onRequest: codeCheckLimit,
      schema: { tags, body: publicDonorBody, response: { 201: publicDonorRegistered, ...problemResponses } },
    },
    async (request, reply) => {
      const registered = await registerPublicDonor(options.db, request.body, options.secret);
      return reply.code(201).send(registered);
    },
  );

  r.post(
    '/public/donors/me/code',
    {
      config: { public: true },
      schema: { tags, body: donorSelfCodeBody, response: { 202: donorCodeSent, ...problemResponses } },
    },
    async (request, reply) => {
      await admitCodeRequest(request, request.body);
      await requestOwnRecordCode(options.db, request.body.phone, options.secret);
      return reply.code(202).send(sent);
    },
  );

  r.post(
    '/public/donors/me',
    {
      config: { public: true },
      onRequest: codeCheckLimit,
      schema: { tags, body: donorSelfBody, response: { 200: donorSelfView, ...problemResponses } },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return getOwnDonorRecord(options.db, request.body, options.secret);
    },
  );
}
