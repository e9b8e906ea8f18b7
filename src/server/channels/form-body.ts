// Form-encoded providers (Twilio, Exotel) deliver fields in a POST body, a GET query string, or both.
import type { SignedRequest } from './types.js';

export type FormInput = URLSearchParams | Record<string, string> | string | Buffer;

export function formFields(input: FormInput): URLSearchParams {
  if (input instanceof URLSearchParams) return input;
  if (Buffer.isBuffer(input)) return new URLSearchParams(input.toString('utf8'));
  return new URLSearchParams(input);
}

/** The query string of the request URL followed by the body's fields; the body wins where both give one. */
export function queryAndBodyFields(req: Pick<SignedRequest, 'rawBody' | 'url'>): URLSearchParams {
  const merged = new URLSearchParams(queryOf(req.url));
  for (const [name, value] of formFields(req.rawBody)) merged.set(name, value);
  return merged;
}

export function queryOf(url: string): string {
  const at = url.indexOf('?');
  if (at === -1) return '';
  const hash = url.indexOf('#', at);
  return url.slice(at + 1, hash === -1 ? undefined : hash);
}
