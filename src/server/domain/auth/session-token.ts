import { createHmac, randomBytes } from 'node:crypto';

export const sessionCookieName = 'sahayata_session';
export const sessionIdleHours = 12;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Sessions are stored under an HMAC of the cookie's token, keyed by the server's secret. */
export function sessionIdFor(token: string, secret: string): string {
  return createHmac('sha256', secret).update(token).digest('base64url');
}
