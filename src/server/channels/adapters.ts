// Dispatch by provider name. Routes and workers hold a provider string; this maps it to the pure functions
// that provider supports (Twitter is polled, so it has no webhook check; it sends nothing automatically).
import { buildExotelSendRequest, parseExotel, parseExotelSendResponse, verifyExotel } from './exotel/index.js';
import {
  buildFacebookSendRequest,
  parseFacebook,
  parseFacebookSendResponse,
  verifyFacebook,
  verifyFacebookChallenge,
} from './facebook/index.js';
import { queryAndBodyFields } from './form-body.js';
import type { HubQuery } from './hub-signature.js';
import type { SendResult } from './send-result.js';
import { buildTwilioSendRequest, parseTwilio, parseTwilioSendResponse, verifyTwilio } from './twilio/index.js';
import type {
  AccountCredentials,
  InboundEvent,
  OutboundText,
  Provider,
  ProviderRequest,
  SignedRequest,
} from './types.js';
import {
  buildWhatsAppSendRequest,
  parseWhatsApp,
  parseWhatsAppSendResponse,
  verifyWhatsApp,
  verifyWhatsAppChallenge,
} from './whatsapp/index.js';

export interface ProviderAdapter {
  /** Is this webhook POST from the provider? `webhookSecret` is AccountCredentials.webhookSecret. */
  verify?: (req: SignedRequest, webhookSecret: string) => boolean;
  /** Meta's GET handshake: the challenge to echo, or null. */
  verifyChallenge?: (query: HubQuery, verifyToken: string | undefined) => string | null;
  /** Reads a verified webhook; throws MalformedPayload. `now` stands in where the provider sends no time. */
  parse?: (req: Pick<SignedRequest, 'rawBody' | 'url'>, now?: Date) => InboundEvent[];
  buildSend?: (credentials: AccountCredentials, message: OutboundText, baseUrl: string) => ProviderRequest;
  parseSendResponse?: (status: number, bodyText: string) => SendResult;
}

export const adapters: Record<Provider, ProviderAdapter> = {
  whatsapp: {
    verify: verifyWhatsApp,
    verifyChallenge: verifyWhatsAppChallenge,
    parse: (req) => parseWhatsApp(req.rawBody),
    buildSend: buildWhatsAppSendRequest,
    parseSendResponse: parseWhatsAppSendResponse,
  },
  facebook: {
    verify: verifyFacebook,
    verifyChallenge: verifyFacebookChallenge,
    parse: (req) => parseFacebook(req.rawBody),
    buildSend: buildFacebookSendRequest,
    parseSendResponse: parseFacebookSendResponse,
  },
  twilio: {
    verify: verifyTwilio,
    // Only the body: query parameters of our own webhook URL are not Twilio's fields.
    parse: (req, now) => parseTwilio(req.rawBody, now),
    buildSend: buildTwilioSendRequest,
    parseSendResponse: parseTwilioSendResponse,
  },
  exotel: {
    verify: verifyExotel,
    // Passthru and incoming-SMS callbacks are GETs with query fields; status callbacks are form POSTs.
    parse: (req, now) => parseExotel(queryAndBodyFields(req), now),
    buildSend: buildExotelSendRequest,
    parseSendResponse: parseExotelSendResponse,
  },
  twitter: {},
};
