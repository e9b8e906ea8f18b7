import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changePasswordBody,
  sessionView,
  signInBody,
  signInCodeAccepted,
  signInCodeBody,
  updateMeBody,
  type SessionView,
} from '../../../shared/contracts/auth.js';
import { navFor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { sessionCookieName, sessionIdFor, sessionIdleHours } from '../../domain/auth/session-token.js';
import { AppError } from '../../errors.js';
import { changePassword } from '../../usecases/auth/change-password.js';
import { loadActor, type SignedIn } from '../../usecases/auth/load-actor.js';
import { signIn } from '../../usecases/auth/sign-in.js';
import { requestSignInCode } from '../../usecases/auth/sign-in-codes.js';
import { signOut } from '../../usecases/auth/sign-out.js';
import { updateMe } from '../../usecases/auth/update-me.js';
import { problemResponses } from '../problem-responses.js';

function presentSession(signedIn: SignedIn, simulator: boolean): SessionView {
  return {
    user: signedIn.user,
    memberships: signedIn.membershipViews.map((m) => ({
      id: m.id,
      role: m.role,
      organisationId: m.organisationId,
      organisationName: m.organisationName,
      districts: [...m.districts],
    })),
    nav: navFor(signedIn.actor, { simulator }),
    csrfToken: signedIn.csrfToken,
  };
}

export async function authRoutes(
  app: FastifyInstance,
  options: { db: Db; secret: string; secureCookies: boolean; simulator: boolean },
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];

  const reloadSession = async (request: FastifyRequest): Promise<SignedIn> => {
    const current = request.signedIn;
    const fresh = current ? await loadActor(options.db, current.sessionId) : null;
    if (!fresh) throw new AppError('unauthenticated');
    return fresh;
  };
  const setCookie = (reply: FastifyReply, token: string): void => {
    reply.setCookie(sessionCookieName, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: options.secureCookies,
      path: '/',
      maxAge: sessionIdleHours * 3600,
    });
  };

  r.post(
    '/auth/sign-in',
    {
      config: { public: true, rateLimit: { max: 100, timeWindow: '1 minute' } },
      schema: { tags, body: signInBody, response: { 200: sessionView, ...problemResponses } },
    },
    async (request, reply) => {
      const { token } = await signIn(options.db, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        secret: options.secret,
      });
      const signedIn = await loadActor(options.db, sessionIdFor(token, options.secret));
      if (!signedIn) throw new AppError('unauthenticated');
      setCookie(reply, token);
      return presentSession(signedIn, options.simulator);
    },
  );

  r.post(
    '/auth/sign-in-code',
    {
      config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: { tags, body: signInCodeBody, response: { 202: signInCodeAccepted, ...problemResponses } },
    },
    async (request, reply) => {
      await requestSignInCode(options.db, {
        identifier: request.body.identifier,
        secret: options.secret,
        ip: request.ip,
      });
      return reply.code(202).send({ accepted: true });
    },
  );

  r.post(
    '/auth/sign-out',
    { schema: { tags, response: { 204: z.null(), ...problemResponses } } },
    async (request, reply) => {
      const signedIn = request.signedIn;
      if (!signedIn) throw new AppError('unauthenticated');
      await signOut(options.db, { sessionId: signedIn.sessionId, userId: signedIn.user.id, ip: request.ip });
      reply.clearCookie(sessionCookieName, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  r.get('/auth/session', { schema: { tags, response: { 200: sessionView, ...problemResponses } } }, async (request) =>
    presentSession(await reloadSession(request), options.simulator),
  );

  r.post(
    '/auth/password',
    { schema: { tags, body: changePasswordBody, response: { 204: z.null(), ...problemResponses } } },
    async (request, reply) => {
      const signedIn = await reloadSession(request);
      await changePassword(options.db, {
        userId: signedIn.user.id,
        sessionId: signedIn.sessionId,
        ...request.body,
        ip: request.ip,
      });
      return reply.code(204).send(null);
    },
  );

  r.patch(
    '/me',
    { schema: { tags, body: updateMeBody, response: { 200: sessionView, ...problemResponses } } },
    async (request) => {
      const signedIn = await reloadSession(request);
      await updateMe(options.db, { userId: signedIn.user.id, ...request.body, ip: request.ip });
      return presentSession(await reloadSession(request), options.simulator);
    },
  );
}
