// The simulator page's API (signed-in desk workers, simulator on): post as a citizen through the real
// webhook path, and read the conversation back — what was received and what the app sent.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { canTakeIntake } from '../../shared/case-permissions.js';
import { deskOrganisations } from '../../shared/channel-permissions.js';
import { isAdmin, type Actor } from '../../shared/permissions.js';
import { simulatorLog, simulatorSendBody, type SimulatorEntry } from '../../shared/contracts/channels.js';
import { toE164 } from '../../shared/phone.js';
import { rowsOf, type Db } from '../db/client.js';
import { textArray } from '../db/sql-helpers.js';
import { AppError, forbidden } from '../errors.js';
import { problemResponses } from '../http/problem-responses.js';
import { enabledAccounts, type ChannelAccount } from '../db/queries/channel-accounts.js';
import { signedInbound } from './signed-inbound.js';

/** The accounts a desk worker may write to and read the traffic of: their own organisations' (admins: all). */
async function accountsInScope(db: Db, actor: Actor): Promise<ChannelAccount[]> {
  const orgs = deskOrganisations(actor);
  return (await enabledAccounts(db)).filter((a) => orgs === null || orgs.includes(a.organisationId));
}

export async function simulatorRoutes(app: FastifyInstance, options: { db: Db; root: FastifyInstance }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = options;

  r.post(
    '/simulator/messages',
    {
      schema: {
        tags: ['simulator'],
        body: simulatorSendBody,
        response: { 202: z.object({ ok: z.boolean(), status: z.number() }), ...problemResponses },
      },
    },
    async (request, reply) => {
      if (!canTakeIntake(request.actor())) throw forbidden();
      const body = request.body;
      const isPhone = body.provider !== 'facebook' && body.provider !== 'twitter';
      const from = isPhone ? toE164(body.from) : body.from;
      if (!from) throw new AppError('validation_failed', { count: 1 }, [{ field: 'from', code: 'invalid_phone' }]);
      const accounts = (await accountsInScope(db, request.actor())).filter(
        (a) => a.provider === body.provider && (!body.accountAddress || a.address === body.accountAddress),
      );
      const account = accounts[0];
      if (!account) throw new AppError('not_found');
      if (body.provider === 'twitter') {
        // Tweet ids grow with time, as Twitter's snowflakes do, so the poller's since_id works.
        const id = (BigInt(Date.now()) * 4096n + BigInt(Math.floor(Math.random() * 4096))).toString();
        await db.execute(sql`insert into simulator_messages
            (provider, direction, from_address, to_address, body, provider_message_id)
          values ('twitter', 'tweet', ${from}, 'mentions', ${body.text}, ${id})`);
        return reply.code(202).send({ ok: true, status: 202 });
      }
      const signed = signedInbound({ account, from, text: body.text, kind: body.kind }, 'http://localhost');
      const response = await options.root.inject({
        method: signed.method,
        url: signed.path,
        headers: { ...signed.headers, host: 'localhost' },
        ...(signed.body !== undefined ? { payload: signed.body } : {}),
      });
      return reply.code(202).send({ ok: response.statusCode < 300, status: response.statusCode });
    },
  );

  r.get(
    '/simulator/log',
    {
      schema: {
        tags: ['simulator'],
        querystring: z.strictObject({
          from: z.string().trim().max(40).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: simulatorLog, ...problemResponses },
      },
    },
    async (request) => {
      const actor = request.actor();
      if (!canTakeIntake(actor)) throw forbidden();
      const raw = request.query.from;
      const accounts = await accountsInScope(db, actor);
      const accountIds = textArray(accounts.map((a) => a.id));
      // A sign-in code, or a donor's one-time code, is its person's secret: in the demo only an administrator reads it.
      const codeBody = isAdmin(actor)
        ? sql`body`
        : sql`case when purpose in ('sign_in_code', 'donor_code') then '••••••' else body end`;
      const address = raw ? (toE164(raw) ?? raw) : null;
      const rows = rowsOf<{
        id: string;
        direction: 'inbound' | 'outbound';
        provider: SimulatorEntry['provider'];
        from: string;
        to: string;
        body: string | null;
        at: string | Date;
        state: string | null;
      }>(
        await db.execute(sql`
          select * from (
            select 'in-' || id as id, 'inbound' as direction, provider, message->>'from' as "from", message->>'accountAddress' as "to",
              coalesce(message->>'text', message->>'kind') as body, accepted_at as at, state
            from inbox where (${address}::text is null or message->>'from' = ${address})
              and account_id = any(${accountIds}::uuid[])
            union all
            select 'out-' || id as id, 'outbound', provider, 'app', to_address, ${codeBody},
              created_at, state
            from outbox where (${address}::text is null or to_address = ${address})
              and account_id = any(${accountIds}::uuid[])
          ) log order by at desc limit ${request.query.limit}`),
      );
      return {
        items: rows
          .map((row) => ({
            id: row.id,
            direction: row.direction,
            provider: row.provider,
            from: row.from,
            to: row.to,
            body: row.body ?? '',
            at: new Date(row.at).toISOString(),
            state: row.state,
          }))
          .reverse(),
        accounts: accounts.map((a) => ({ provider: a.provider, address: a.address, label: a.label })),
      };
    },
  );
}
