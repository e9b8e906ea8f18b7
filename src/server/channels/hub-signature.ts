// Meta (WhatsApp Cloud API and Messenger) signs each webhook POST with the app secret:
// x-hub-signature-256: sha256=<hex HMAC-SHA256 of the raw body>. It must be the raw bytes: re-serialised
// JSON differs in escaping (Meta escapes non-ASCII as \uXXXX) and would never match.
import { createHmac } from 'node:crypto';
import { safeEqual } from './constant-time.js';
import { headerValue } from './headers.js';
import type { SignedRequest } from './types.js';

export const hubSignatureHeader = 'x-hub-signature-256';

export function hubSignature(rawBody: Buffer | string, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}

export function verifyHubSignature(req: Pick<SignedRequest, 'rawBody' | 'headers'>, appSecret: string): boolean {
  // An empty secret would let anyone who knows the scheme sign; treat an unconfigured account as closed.
  if (appSecret === '') return false;
  const received = headerValue(req.headers, hubSignatureHeader);
  if (received === undefined) return false;
  return safeEqual(received.trim().toLowerCase(), hubSignature(req.rawBody, appSecret));
}

export type HubQuery = URLSearchParams | Record<string, unknown>;

/**
 * The GET handshake Meta makes when a webhook URL is saved: echo hub.challenge when hub.mode is
 * 'subscribe' and hub.verify_token is ours; anything else gets null (answer 403).
 */
export function verifyHubChallenge(query: HubQuery, expectedToken: string | undefined): string | null {
  if (expectedToken === undefined || expectedToken === '') return null;
  const mode = queryParam(query, 'hub.mode');
  const token = queryParam(query, 'hub.verify_token');
  const challenge = queryParam(query, 'hub.challenge');
  if (mode !== 'subscribe' || token === null || challenge === null || challenge === '') return null;
  return safeEqual(token, expectedToken) ? challenge : null;
}

function queryParam(query: HubQuery, name: string): string | null {
  if (query instanceof URLSearchParams) return query.get(name);
  // Some query parsers nest dotted keys: { hub: { mode: 'subscribe' } }.
  const flat = query[name];
  if (typeof flat === 'string') return flat;
  const nested = query['hub'];
  if (nested !== null && typeof nested === 'object') {
    const value = (nested as Record<string, unknown>)[name.slice('hub.'.length)];
    if (typeof value === 'string') return value;
  }
  return null;
}
