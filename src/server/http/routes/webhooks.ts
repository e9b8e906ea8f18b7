// Fixed provider webhook URLs. Each: raw body kept for the signature → accounts whose secret signed it →
// the provider's payload read → kept in the inbox (idempotent) → 200 at once. Processing is asynchronous.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Provider } from '../../../shared/enums.js';
import { adapters } from '../../channels/adapters.js';
import { MalformedPayload } from '../../channels/malformed-payload.js';
import type { InboundEvent, SignedRequest } from '../../channels/types.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { accountsOf } from '../../db/queries/channel-accounts.js';
import { acceptInbound } from '../../usecases/channels/accept-inbound.js';

interface WebhookOptions {
  db: Db;
  publicUrl: string;
}

const routes: { path: string; provider: Provider; reply?: (reply: FastifyReply) => FastifyReply }[] = [
  { path: '/webhooks/whatsapp', provider: 'whatsapp' },
  { path: '/webhooks/facebook', provider: 'facebook' },
  // Twilio answers an empty TwiML document with no reply of its own; ours go through the outbound queue.
  {
    path: '/webhooks/twilio/sms',
    provider: 'twilio',
    reply: (reply) => reply.type('text/xml').send('<?xml version="1.0" encoding="UTF-8"?><Response></Response>'),
  },
  { path: '/webhooks/exotel/sms', provider: 'exotel' },
  { path: '/webhooks/exotel/call', provider: 'exotel' },
];

export async function webhookRoutes(app: FastifyInstance, options: WebhookOptions): Promise<void> {
  // Signatures are over the exact bytes received, so bodies are kept raw here and parsed by the adapters.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  for (const hub of ['whatsapp', 'facebook'] as const) {
    app.get(`/webhooks/${hub}`, { schema: { hide: true } }, async (request, reply) => {
      const query = request.query as Record<string, string | undefined>;
      const accounts = await accountsOf(options.db, hub);
      const verifyChallenge = adapters[hub].verifyChallenge;
      for (const account of accounts) {
        const challenge = verifyChallenge?.(query, account.secrets.verifyToken);
        if (challenge !== null && challenge !== undefined) return reply.type('text/plain').send(challenge);
      }
      throw new AppError('verify_token_mismatch');
    });
  }

  for (const route of routes) {
    // Exotel calls its applet URLs with GET (fields in the query); everyone else POSTs.
    const methods: ('GET' | 'POST')[] = route.provider === 'exotel' ? ['GET', 'POST'] : ['POST'];
    app.route({
      method: methods,
      url: route.path,
      schema: { hide: true },
      handler: async (request, reply) => {
        const signed = signedRequest(request, options.publicUrl);
        // Twilio signs the URL it called: the public URL, or (behind no proxy) the address as this request names it.
        const asAddressed = { ...signed, url: `${request.protocol}://${request.host}${request.url}` };
        const accounts = await accountsOf(options.db, route.provider);
        const adapter = adapters[route.provider];
        const signedBy = accounts.filter((a) => {
          const secret = a.secrets.webhookSecret;
          return secret !== undefined && (adapter.verify?.(signed, secret) || adapter.verify?.(asAddressed, secret));
        });
        if (signedBy.length === 0) throw new AppError('bad_signature');
        let events: InboundEvent[];
        try {
          events = adapter.parse?.(signed) ?? [];
        } catch (error) {
          if (error instanceof MalformedPayload) throw new AppError('malformed_payload', { message: error.message });
          throw error;
        }
        const result = await acceptInbound(options.db, events, signedBy);
        request.log.debug({ provider: route.provider, ...result }, 'webhook accepted');
        return route.reply ? route.reply(reply) : reply.send({ ok: true, ...result });
      },
    });
  }
}

function signedRequest(request: FastifyRequest, publicUrl: string): SignedRequest {
  const rawBody = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
  return { rawBody, headers: request.headers, url: `${publicUrl}${request.url}` };
}
