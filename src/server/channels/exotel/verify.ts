// Exotel does not sign its callbacks (incoming SMS, Passthru, SMS status), so authenticity rests on a shared
// secret we put into the callback URL ourselves when configuring Exotel: either ?token=<secret> in the query
// string, or https://exotel:<secret>@host/… so Exotel sends HTTP Basic auth. Both are compared in constant
// time. This proves only that the caller knows the URL: keep it off logs and serve it over HTTPS.
import { safeEqual } from '../constant-time.js';
import { queryOf } from '../form-body.js';
import { headerValue } from '../headers.js';
import type { SignedRequest } from '../types.js';

export function verifyExotel(req: SignedRequest, webhookSecret: string): boolean {
  if (webhookSecret === '') return false;
  const token = new URLSearchParams(queryOf(req.url)).get('token');
  // Both are checked (no early return) so the answer's timing does not tell which one was tried.
  const byToken = token !== null && safeEqual(token, webhookSecret);
  const password = basicPassword(headerValue(req.headers, 'authorization'));
  const byBasic = password !== null && safeEqual(password, webhookSecret);
  return byToken || byBasic;
}

function basicPassword(header: string | undefined): string | null {
  const match = header ? /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header) : null;
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? null : decoded.slice(colon + 1);
}
