// Signing as the providers do, for the local simulator and tests: the same functions the verifiers check with.
import { hubSignature } from './hub-signature.js';
import { twilioSignature } from './twilio/signature.js';

/** x-hub-signature-256 header value ('sha256=<hex>') for a WhatsApp or Messenger webhook body. */
export function signHubSignature(rawBody: Buffer | string, appSecret: string): string {
  return hubSignature(rawBody, appSecret);
}

/** x-twilio-signature header value for a form POST to `url` (the full public URL, query included). */
export function signTwilio(url: string, params: URLSearchParams | Record<string, string>, authToken: string): string {
  return twilioSignature(url, params, authToken);
}

/** An Exotel callback URL carrying the shared secret Exotel cannot sign with (see exotel/verify.ts). */
export function exotelCallbackUrl(url: string, webhookSecret: string): string {
  const separator = url.includes('?') ? '&' : '?';
  return `${url}${separator}token=${encodeURIComponent(webhookSecret)}`;
}
