import { MalformedPayload } from './malformed-payload.js';
import type { Provider } from './types.js';

/** Parsers accept the raw bytes, the text, or a body a framework already parsed. */
export function jsonBody(provider: Provider, payload: unknown): unknown {
  if (!Buffer.isBuffer(payload) && typeof payload !== 'string') return payload;
  const text = Buffer.isBuffer(payload) ? payload.toString('utf8') : payload;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new MalformedPayload(provider, 'body is not JSON');
  }
}
