import { z } from 'zod';
import { basicAuth, requireCredential } from '../credentials.js';
import { acceptedWithoutId, excerpt, sendFailure, tryParseJson, type SendResult } from '../send-result.js';
import type { AccountCredentials, OutboundText, ProviderRequest } from '../types.js';
import { apiUrl } from '../url.js';

/** Programmable Messaging: account SID and auth token (the same token that signs webhooks) as basic auth. */
export function buildTwilioSendRequest(
  credentials: AccountCredentials,
  message: OutboundText,
  baseUrl: string,
): ProviderRequest {
  const accountSid = requireCredential(credentials, 'accountId', 'twilio');
  const authToken = requireCredential(credentials, 'webhookSecret', 'twilio');
  const form = new URLSearchParams({ To: message.to, From: message.accountAddress, Body: message.text });
  if (message.statusCallbackUrl) form.set('StatusCallback', message.statusCallbackUrl);
  return {
    method: 'POST',
    url: apiUrl(baseUrl, `/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`),
    headers: {
      authorization: basicAuth(accountSid, authToken),
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: form.toString(),
  };
}

const accepted = z.looseObject({ sid: z.string().min(1) });
const refused = z.looseObject({ code: z.number().optional(), message: z.string() });

export function parseTwilioSendResponse(status: number, bodyText: string): SendResult {
  const body = tryParseJson(bodyText);
  if (status >= 200 && status < 300) {
    const parsed = accepted.safeParse(body);
    return parsed.success ? { ok: true, providerMessageId: parsed.data.sid } : acceptedWithoutId(status, bodyText);
  }
  const parsed = refused.safeParse(body);
  if (!parsed.success) return sendFailure(status, excerpt(bodyText));
  const code = parsed.data.code === undefined ? '' : `(#${parsed.data.code}) `;
  return sendFailure(status, `${code}${parsed.data.message}`);
}
