// Channel accounts (admin and coordinators), missed calls to call back and leads to verify (the desk), and
// the messages sent about a case.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  callbackList,
  callbackListQuery,
  callbackView,
  channelAccountList,
  channelAccountView,
  completeCallbackBody,
  createChannelAccountBody,
  leadList,
  leadListQuery,
  leadView,
  outboundList,
  queueStats,
  reviewLeadBody,
  updateChannelAccountBody,
} from '../../../shared/contracts/channels.js';
import { uuid } from '../../../shared/contracts/common.js';
import type { Db } from '../../db/client.js';
import type { CaseBus } from '../../events/case-bus.js';
import { createChannelAccount } from '../../usecases/channels/create-channel-account.js';
import { getQueueStats } from '../../usecases/channels/get-queue-stats.js';
import { listCallbacks } from '../../usecases/channels/list-callbacks.js';
import { listCaseOutbound } from '../../usecases/channels/list-case-outbound.js';
import { resendOutbound } from '../../usecases/channels/resend-outbound.js';
import { listChannelAccounts } from '../../usecases/channels/list-channel-accounts.js';
import { listLeads } from '../../usecases/channels/list-leads.js';
import { revealLeadContact } from '../../usecases/channels/reveal-lead-contact.js';
import { reviewLead } from '../../usecases/channels/review-lead.js';
import { updateChannelAccount } from '../../usecases/channels/update-channel-account.js';
import { workCallback } from '../../usecases/channels/work-callback.js';
import { problemResponses } from '../problem-responses.js';

const idParams = z.strictObject({ id: uuid });

export async function channelRoutes(
  app: FastifyInstance,
  options: { db: Db; publicUrl: string; bus: CaseBus },
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = options;

  r.get(
    '/channel-accounts',
    {
      schema: {
        tags: ['channels'],
        querystring: z.strictObject({ organisationId: uuid.optional() }),
        response: { 200: channelAccountList, ...problemResponses },
      },
    },
    async (request) => ({
      items: await listChannelAccounts(options, request.actor(), request.query.organisationId),
    }),
  );
  r.post(
    '/channel-accounts',
    {
      schema: {
        tags: ['channels'],
        body: createChannelAccountBody,
        response: { 201: channelAccountView, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createChannelAccount(options, request.actor(), request.body, request.ip)),
  );
  r.patch(
    '/channel-accounts/:id',
    {
      schema: {
        tags: ['channels'],
        params: idParams,
        body: updateChannelAccountBody,
        response: { 200: channelAccountView, ...problemResponses },
      },
    },
    async (request) => updateChannelAccount(options, request.actor(), request.params.id, request.body, request.ip),
  );

  r.get(
    '/channel-queue',
    { schema: { tags: ['channels'], response: { 200: queueStats, ...problemResponses } } },
    async (request) => getQueueStats(db, request.actor()),
  );

  r.get(
    '/callbacks',
    {
      schema: {
        tags: ['callbacks'],
        querystring: callbackListQuery,
        response: { 200: callbackList, ...problemResponses },
      },
    },
    async (request) => ({ items: await listCallbacks(db, request.actor(), request.query) }),
  );
  for (const action of ['claim', 'release'] as const) {
    r.post(
      `/callbacks/:id/${action}`,
      { schema: { tags: ['callbacks'], params: idParams, response: { 200: callbackView, ...problemResponses } } },
      async (request) => workCallback(db, request.actor(), request.params.id, { type: action }, request.ip),
    );
  }
  r.post(
    '/callbacks/:id/complete',
    {
      schema: {
        tags: ['callbacks'],
        params: idParams,
        body: completeCallbackBody,
        response: { 200: callbackView, ...problemResponses },
      },
    },
    async (request) =>
      workCallback(db, request.actor(), request.params.id, {
        type: 'complete',
        outcome: request.body.outcome,
        ...(request.body.caseId ? { caseId: request.body.caseId } : {}),
      }),
  );

  r.get(
    '/leads',
    { schema: { tags: ['leads'], querystring: leadListQuery, response: { 200: leadList, ...problemResponses } } },
    async (request) => ({ items: await listLeads(db, request.actor(), request.query) }),
  );
  r.post(
    '/leads/:id/reveal-contact',
    { schema: { tags: ['leads'], params: idParams, response: { 200: leadView, ...problemResponses } } },
    async (request) => revealLeadContact(db, request.actor(), request.params.id, request.ip),
  );
  r.post(
    '/leads/:id/review',
    {
      schema: {
        tags: ['leads'],
        params: idParams,
        body: reviewLeadBody,
        response: { 200: leadView, ...problemResponses },
      },
    },
    async (request) => reviewLead(db, request.actor(), request.params.id, request.body),
  );

  r.get(
    '/cases/:id/outbound',
    { schema: { tags: ['cases'], params: idParams, response: { 200: outboundList, ...problemResponses } } },
    async (request) => ({ items: await listCaseOutbound(db, request.actor(), request.params.id) }),
  );
  r.post(
    '/cases/:id/outbound/:outboxId/resend',
    {
      schema: {
        tags: ['cases'],
        params: z.strictObject({ id: z.uuid(), outboxId: z.uuid() }),
        response: { 200: outboundList, ...problemResponses },
      },
    },
    async (request) => ({
      items: await resendOutbound(
        { db, bus: options.bus },
        request.actor(),
        request.params.id,
        request.params.outboxId,
      ),
    }),
  );
}
