import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createChallenge, verifySolution } from 'altcha-lib/v1';
import { z } from 'zod';
import {
  altchaChallenge,
  publicRequestBody,
  publicRequestCreated,
  publicStatusQuery,
  publicStatusView,
} from '../../../shared/contracts/public.js';
import type { Db } from '../../db/client.js';
import type { IntakeGuard } from '../../domain/public/intake-guard.js';
import { AppError } from '../../errors.js';
import type { CaseBus } from '../../events/case-bus.js';
import { getPublicStatus } from '../../usecases/public/get-public-status.js';
import { submitPublicRequest } from '../../usecases/public/submit-public-request.js';
import { problemResponses } from '../problem-responses.js';

export interface PublicRouteOptions {
  db: Db;
  bus: CaseBus;
  /** Signs proof-of-work challenges. */
  secret: string;
  guard: IntakeGuard;
}

/** The citizen's side: no sign-in, so every defence is here — limits, honeypot, proof of work. */
export async function publicRoutes(app: FastifyInstance, options: PublicRouteOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public'];
  const hmacKey = `altcha:${options.secret}`;

  r.get(
    '/public/challenge',
    { config: { public: true }, schema: { tags, response: { 200: altchaChallenge, ...problemResponses } } },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return createChallenge({ hmacKey, maxNumber: 50_000, expires: new Date(Date.now() + 10 * 60_000) });
    },
  );

  r.post(
    '/public/requests',
    {
      config: { public: true },
      schema: { tags, body: publicRequestBody, response: { 201: publicRequestCreated, ...problemResponses } },
    },
    async (request, reply) => {
      const body = request.body;
      // People never see the honeypot field; only form-filling robots put anything in it.
      if (body.website) throw new AppError('spam_suspected');
      const solved =
        body.altcha !== undefined &&
        (await verifySolution(body.altcha, hmacKey, true).catch(() => false)) &&
        options.guard.spendChallenge(body.altcha);
      const verdict = options.guard.check(request.ip, body.phone, solved);
      if (verdict === 'challenge') throw new AppError('challenge_required');
      if (verdict === 'limit_ip' || verdict === 'limit_phone') {
        throw new AppError('rate_limited', { seconds: 3600 }, [], { 'retry-after': '3600' });
      }
      const result = await submitPublicRequest({ db: options.db, bus: options.bus }, body, { ip: request.ip });
      options.guard.record(request.ip, body.phone);
      return reply.code(201).send({ reference: result.reference, attached: result.attached });
    },
  );

  r.get(
    '/public/requests/:reference',
    {
      config: { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        params: z.strictObject({ reference: z.string().trim().min(5).max(16) }),
        querystring: publicStatusQuery,
        response: { 200: publicStatusView, ...problemResponses },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return getPublicStatus(options.db, request.params.reference, request.query.phoneLast4);
    },
  );
}
