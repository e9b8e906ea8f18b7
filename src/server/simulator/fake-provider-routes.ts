// The built-in fake provider (demo, development, tests): the app's outbound calls land here instead of at
// Meta, Twilio or Exotel, and are recorded so a person (or a test) can read what the app sent. Tweets
// "posted" through the simulator are served to the Twitter poller from here too.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Provider } from '../../shared/enums.js';
import { twitterTweetsResponse } from '../channels/payloads.js';
import { rowsOf, type Db } from '../db/client.js';

function fields(request: FastifyRequest): Record<string, string> {
  const body = request.body;
  if (typeof body === 'string') return Object.fromEntries(new URLSearchParams(body));
  if (body && typeof body === 'object') return body as Record<string, string>;
  return {};
}

async function record(
  db: Db,
  provider: Provider,
  entry: { from: string; to: string; body: string; clientReference: string | null },
): Promise<string> {
  const id = `sim-${provider}-${randomBytes(8).toString('hex')}`;
  await db.execute(sql`insert into simulator_messages
      (provider, direction, from_address, to_address, body, client_reference, provider_message_id)
    values (${provider}, 'outbound', ${entry.from}, ${entry.to}, ${entry.body}, ${entry.clientReference}, ${id})`);
  return id;
}

const e164 = (digits: string) => (digits.startsWith('+') ? digits : `+${digits}`);

export async function fakeProviderRoutes(app: FastifyInstance, options: { db: Db }): Promise<void> {
  const { db } = options;
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_r, body, done) =>
    done(null, body),
  );
  app.post(
    '/simulator/whatsapp/:version/:phoneNumberId/messages',
    { schema: { hide: true }, logLevel: 'warn' },
    async (request) => {
      const body = request.body as { to?: string; text?: { body?: string }; biz_opaque_callback_data?: string };
      const { phoneNumberId } = request.params as { phoneNumberId: string };
      const id = await record(db, 'whatsapp', {
        from: phoneNumberId,
        to: e164(body.to ?? ''),
        body: body.text?.body ?? '',
        clientReference: body.biz_opaque_callback_data ?? null,
      });
      return { messaging_product: 'whatsapp', contacts: [{ input: body.to, wa_id: body.to }], messages: [{ id }] };
    },
  );
  app.post(
    '/simulator/facebook/:version/me/messages',
    { schema: { hide: true }, logLevel: 'warn' },
    async (request) => {
      const body = request.body as { recipient?: { id?: string }; message?: { text?: string } };
      const id = await record(db, 'facebook', {
        from: 'page',
        to: body.recipient?.id ?? '',
        body: body.message?.text ?? '',
        clientReference: null,
      });
      return { recipient_id: body.recipient?.id, message_id: id };
    },
  );
  app.post(
    '/simulator/twilio/2010-04-01/Accounts/:sid/Messages.json',
    { schema: { hide: true }, logLevel: 'warn' },
    async (request, reply) => {
      const f = fields(request);
      const id = await record(db, 'twilio', {
        from: f.From ?? '',
        to: f.To ?? '',
        body: f.Body ?? '',
        clientReference: null,
      });
      return reply.code(201).send({ sid: id, status: 'queued', to: f.To, from: f.From, body: f.Body });
    },
  );
  app.post(
    '/simulator/exotel/v1/Accounts/:sid/Sms/send.json',
    { schema: { hide: true }, logLevel: 'warn' },
    async (request) => {
      const f = fields(request);
      const id = await record(db, 'exotel', {
        from: f.From ?? '',
        to: f.To ?? '',
        body: f.Body ?? '',
        clientReference: null,
      });
      return { SMSMessage: { Sid: id, Status: 'queued', To: f.To, From: f.From, Body: f.Body } };
    },
  );
  const tweets = async (request: FastifyRequest) => {
    const query = request.query as { since_id?: string };
    const rows = rowsOf<{ provider_message_id: string; from_address: string; body: string; created_at: string | Date }>(
      await db.execute(sql`select provider_message_id, from_address, body, created_at from simulator_messages
        where provider = 'twitter' and direction = 'tweet'
          and (${query.since_id ?? null}::text is null or provider_message_id::numeric > ${query.since_id ?? '0'}::numeric)
        order by id desc limit 100`),
    );
    return twitterTweetsResponse(
      rows.map((r) => ({
        id: r.provider_message_id,
        text: r.body,
        authorId: `sim-${r.from_address.replace(/^@/, '')}`,
        username: r.from_address.replace(/^@/, ''),
        name: r.from_address,
        createdAt: new Date(r.created_at),
      })),
    );
  };
  app.get('/simulator/twitter/2/users/:id/mentions', { schema: { hide: true }, logLevel: 'warn' }, tweets);
  app.get('/simulator/twitter/2/tweets/search/recent', { schema: { hide: true }, logLevel: 'warn' }, tweets);
}
