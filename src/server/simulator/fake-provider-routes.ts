// The built-in fake provider (demo, development, tests): the app's outbound calls land here instead of at
// Meta, Twilio or Exotel, and are recorded so a person (or a test) can read what the app sent. Tweets
// "posted" through the simulator are served to the Twitter poller from here too.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Provider } from '../../shared/enums.js';
import { twitterTweetsResponse } from '../channels/payloads.js';
import { rowsOf, type Db } from '../db/client.js';
import { AppError } from '../errors.js';
import { isFromThisApp } from './simulator-access.js';
import { cleanText } from '../../shared/text.js';

/** Form fields as text (a repeated key keeps its last value), cleaned of what the database cannot store. */
function fields(request: FastifyRequest): Record<string, string> {
  const body = request.body;
  const entries =
    typeof body === 'string'
      ? [...new URLSearchParams(body)]
      : body && typeof body === 'object'
        ? Object.entries(body as Record<string, unknown>)
        : [];
  return Object.fromEntries(entries.map(([k, v]) => [k, cleanText(typeof v === 'string' ? v : '')]));
}

/** A JSON body's text at a path, or '' when the body is not the provider's shape. */
function textAt(body: unknown, ...path: string[]): string {
  let value: unknown = body;
  for (const key of path)
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? cleanText(value) : '';
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

export async function fakeProviderRoutes(app: FastifyInstance, options: { db: Db; token: string }): Promise<void> {
  const { db } = options;
  // Nobody but this app's own workers may post "sent" messages or read simulated tweets.
  app.addHook('onRequest', async (request) => {
    if (!isFromThisApp(request, options.token)) throw new AppError('not_found');
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_r, body, done) =>
    done(null, body),
  );
  app.post(
    '/simulator/whatsapp/:version/:phoneNumberId/messages',
    { schema: { hide: true }, logLevel: 'warn' },
    async (request) => {
      const to = textAt(request.body, 'to');
      const { phoneNumberId } = request.params as { phoneNumberId: string };
      const id = await record(db, 'whatsapp', {
        from: cleanText(phoneNumberId),
        to: e164(to),
        body: textAt(request.body, 'text', 'body'),
        clientReference: textAt(request.body, 'biz_opaque_callback_data') || null,
      });
      return { messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to }], messages: [{ id }] };
    },
  );
  app.post(
    '/simulator/facebook/:version/me/messages',
    { schema: { hide: true }, logLevel: 'warn' },
    async (request) => {
      const recipient = textAt(request.body, 'recipient', 'id');
      const id = await record(db, 'facebook', {
        from: 'page',
        to: recipient,
        body: textAt(request.body, 'message', 'text'),
        clientReference: null,
      });
      return { recipient_id: recipient, message_id: id };
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
    const raw = (request.query as { since_id?: unknown }).since_id;
    // Twitter's ids are decimal numbers; anything else means "from the start", as an unknown id would.
    const query = { since_id: typeof raw === 'string' && /^[0-9]{1,20}$/.test(raw) ? raw : undefined };
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
