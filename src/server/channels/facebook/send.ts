import { z } from 'zod';
import { requireCredential } from '../credentials.js';
import { graphFailure } from '../graph-error.js';
import { acceptedWithoutId, tryParseJson, type SendResult } from '../send-result.js';
import type { AccountCredentials, OutboundText, ProviderRequest } from '../types.js';
import { apiUrl } from '../url.js';

export const facebookGraphVersion = 'v21.0';

/**
 * A reply through the Send API. 'RESPONSE' is only allowed within 24 hours of the person's last message;
 * the page access token names the page, hence 'me'.
 */
export function buildFacebookSendRequest(
  credentials: AccountCredentials,
  message: OutboundText,
  baseUrl: string,
): ProviderRequest {
  const accessToken = requireCredential(credentials, 'accessToken', 'facebook');
  const query = new URLSearchParams({ access_token: accessToken });
  return {
    method: 'POST',
    url: apiUrl(baseUrl, `/${facebookGraphVersion}/me/messages?${query.toString()}`),
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      recipient: { id: message.to },
      messaging_type: 'RESPONSE',
      message: { text: message.text },
    }),
  };
}

const accepted = z.looseObject({ message_id: z.string().min(1) });

export function parseFacebookSendResponse(status: number, bodyText: string): SendResult {
  if (status < 200 || status >= 300) return graphFailure(status, bodyText);
  const parsed = accepted.safeParse(tryParseJson(bodyText));
  return parsed.success ? { ok: true, providerMessageId: parsed.data.message_id } : acceptedWithoutId(status, bodyText);
}
