// The fake provider stands in for Meta, Twilio and Exotel, so only this app may call it: from this machine, with
// a token derived from the server's secret (every process of one deployment derives the same one).
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

export const simulatorTokenHeader = 'x-sahayata-simulator';

export function simulatorToken(secret: string): string {
  return createHmac('sha256', secret).update('simulator-provider').digest('base64url');
}

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function isFromThisApp(request: FastifyRequest, token: string): boolean {
  const given = request.headers[simulatorTokenHeader];
  if (typeof given !== 'string' || !loopback.has(request.socket.remoteAddress ?? '')) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The fetch the workers use: calls to this app's own simulator carry the token; calls to real providers do not. */
export function simulatorAwareFetch(token: string, isSimulatorUrl: (url: string) => boolean): typeof fetch {
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!isSimulatorUrl(url)) return fetch(input, init);
    const headers = new Headers(init?.headers);
    headers.set(simulatorTokenHeader, token);
    return fetch(input, { ...init, headers });
  };
}
