import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createChallenge } from 'altcha-lib/v1';
import { z } from 'zod';
import {
  altchaChallenge,
  publicRequestBody,
  publicRequestCreated,
  publicStatusQuery,
  publicStatusView,
} from '../../../shared/contracts/public.js';
import type { Db } from '../../db/client.js';
import type { IntakeGuard } from '../../infrastructure/intake-guard.js';
import { AppError } from '../../errors.js';
import type { CaseBus } from '../../events/case-bus.js';
import { getPublicStatus } from '../../usecases/public/get-public-status.js';
import { spendSolvedChallenge } from '../../usecases/public/spend-challenge.js';
import { submitPublicRequest } from '../../usecases/public/submit-public-request.js';
import { problemResponses } from '../problem-responses.js';

export interface PublicRouteOptions {
  db: Db;
  bus: CaseBus;
  /** Signs proof-of-work challenges. */
  secret: string;
  guard: IntakeGuard;
}

/**
 * Work a challenge asks for: the number is hidden among this many, so a phone tries half of them on average —
 * about a second in a phone's browser; each plea past the free ones costs a script as much.
 */
export const proofOfWorkMaxNumber = 100_000;

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
      return createChallenge({
        hmacKey,
        maxNumber: proofOfWorkMaxNumber,
        expires: new Date(Date.now() + 10 * 60_000),
      });
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
      const solved = body.altcha !== undefined && (await spendSolvedChallenge(options.db, body.altcha, hmacKey));
      // Counted before it is judged (infrastructure/intake-guard.ts): requests arriving together cannot all slip under it.
      const verdict = await options.guard.admit(request.ip, body.phone, solved);
      if (verdict === 'challenge') throw new AppError('challenge_required');
      if (verdict === 'limit_ip' || verdict === 'limit_phone') {
        throw new AppError('rate_limited', { seconds: 3600 }, [], { 'retry-after': '3600' });
      }
      const result = await submitPublicRequest({ db: options.db, bus: options.bus }, body, { ip: request.ip });
      return reply.code(201).send({ reference: result.reference, attached: result.attached });
    },
  );

  // One limiter for GET and the HEAD Fastify derives from it: guessing by HEAD must spend the same budget.
  const statusLookupLimit = app.rateLimit({ max: 30, timeWindow: '1 minute', groupId: 'status-lookup' });
  r.get(
    '/public/requests/:reference',
    {
      config: { public: true },
      onRequest: statusLookupLimit,
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
