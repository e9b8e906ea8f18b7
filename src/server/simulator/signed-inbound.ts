// Builds the exact HTTP request a provider would send for a citizen's message: documented payload shape,
// signed with the account's secret. Used by `npm run simulate`, the simulator page and tests.
import {
  exotelCallForm,
  exotelSmsForm,
  facebookTextPayload,
  twilioSmsForm,
  whatsappTextPayload,
} from '../channels/payloads.js';
import { exotelCallbackUrl, signHubSignature, signTwilio } from '../channels/sign.js';
import type { Provider } from '../../shared/enums.js';

export interface SimulatedAccount {
  provider: Provider;
  address: string;
  secrets: Record<string, string>;
}

export interface SimulatedMessage {
  account: SimulatedAccount;
  from: string;
  text: string;
  kind?: 'text' | 'missed_call';
  name?: string;
  /** The provider's message id; random when left out. Reuse one to act out a provider's retry. */
  id?: string;
}

export interface SignedInbound {
  method: 'POST' | 'GET';
  /** Path and query, to append to the server's base URL. */
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
/** Exotel writes Indian numbers with a leading 0. */
const exotelNumber = (e164: string) => (e164.startsWith('+91') ? `0${e164.slice(3)}` : e164);

/** `baseUrl` is where the request will be posted: Twilio signs the full URL. */
export function signedInbound(message: SimulatedMessage, baseUrl: string): SignedInbound {
  const { account } = message;
  const secret = account.secrets.webhookSecret ?? '';
  switch (account.provider) {
    case 'whatsapp': {
      const body = JSON.stringify(
        whatsappTextPayload({
          phoneNumberId: account.address,
          displayPhone: '919000012345',
          from: message.from,
          name: message.name ?? 'Simulated citizen',
          text: message.text,
          ...(message.id ? { id: message.id } : {}),
        }),
      );
      return {
        method: 'POST',
        path: '/webhooks/whatsapp',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': signHubSignature(body, secret) },
        body,
      };
    }
    case 'facebook': {
      const body = JSON.stringify(
        facebookTextPayload({
          pageId: account.address,
          psid: message.from,
          text: message.text,
          ...(message.id ? { mid: message.id } : {}),
        }),
      );
      return {
        method: 'POST',
        path: '/webhooks/facebook',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': signHubSignature(body, secret) },
        body,
      };
    }
    case 'twilio': {
      const fields = twilioSmsForm({
        from: message.from,
        to: account.address,
        body: message.text,
        accountSid: account.secrets.accountId ?? 'AC00000000000000000000000000000000',
        ...(message.id ? { sid: message.id } : {}),
      });
      const path = '/webhooks/twilio/sms';
      return {
        method: 'POST',
        path,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': signTwilio(`${baseUrl}${path}`, fields, secret),
        },
        body: form(fields),
      };
    }
    case 'exotel': {
      const isCall = message.kind === 'missed_call';
      const fields = isCall
        ? exotelCallForm({
            from: exotelNumber(message.from),
            to: exotelNumber(account.address),
            ...(message.id ? { callSid: message.id } : {}),
          })
        : exotelSmsForm({
            from: exotelNumber(message.from),
            to: exotelNumber(account.address),
            body: message.text,
            ...(message.id ? { sid: message.id } : {}),
          });
      // Exotel calls these URLs with GET and the fields in the query; the shared token rides along.
      const path = exotelCallbackUrl(
        `${isCall ? '/webhooks/exotel/call' : '/webhooks/exotel/sms'}?${form(fields)}`,
        secret,
      );
      return { method: 'GET', path, headers: {}, body: undefined };
    }
    case 'twitter':
      throw new Error('tweets are polled, not posted: use the simulator tweet store');
  }
}
