// Twilio signs every webhook: x-twilio-signature = base64(HMAC-SHA1(auth token, URL + each POST field's
// name and value, fields sorted by name)). The URL is the one Twilio was told to call, query string included.
import { createHmac } from 'node:crypto';
import { safeEqual } from '../constant-time.js';
import { formFields, type FormInput } from '../form-body.js';
import { headerValue } from '../headers.js';
import type { SignedRequest } from '../types.js';

export const twilioSignatureHeader = 'x-twilio-signature';

export function twilioSignature(url: string, params: FormInput, authToken: string): string {
  const fields = formFields(params);
  // Sorted by name in code-unit order, as Twilio's own libraries do; repeated names sorted by value.
  const names = [...new Set(fields.keys())].sort();
  let data = url;
  for (const name of names) {
    for (const value of fields.getAll(name).sort()) data += name + value;
  }
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

export function verifyTwilio(req: SignedRequest, authToken: string): boolean {
  if (authToken === '') return false;
  const received = headerValue(req.headers, twilioSignatureHeader);
  if (received === undefined) return false;
  const params = formFields(req.rawBody);
  // Twilio's libraries also accept the URL with the default port added or removed: what Twilio signed
  // depends on how the number's webhook URL was typed into the console.
  return urlVariants(req.url).some((url) => safeEqual(received.trim(), twilioSignature(url, params, authToken)));
}

function urlVariants(url: string): string[] {
  const match = /^(https?):\/\/([^/?#]+)(.*)$/is.exec(url);
  if (!match) return [url];
  const [, scheme = '', authority = '', rest = ''] = match;
  const defaultPort = scheme.toLowerCase() === 'https' ? '443' : '80';
  const port = /:(\d+)$/.exec(authority)?.[1];
  if (port === undefined) return [url, `${scheme}://${authority}:${defaultPort}${rest}`];
  if (port === defaultPort) return [url, `${scheme}://${authority.slice(0, -(port.length + 1))}${rest}`];
  return [url];
}
