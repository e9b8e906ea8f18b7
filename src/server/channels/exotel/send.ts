import { z } from 'zod';
import { basicAuth, requireCredential } from '../credentials.js';
import { acceptedWithoutId, excerpt, sendFailure, tryParseJson, type SendResult } from '../send-result.js';
import type { AccountCredentials, OutboundText, ProviderRequest } from '../types.js';
import { apiUrl } from '../url.js';

/**
 * Exotel's SMS API, authenticated with the API key and API token (accessToken); the account SID names the
 * account in the path.
 * From is our ExoPhone or DLT sender id.
 */
export function buildExotelSendRequest(
  credentials: AccountCredentials,
  message: OutboundText,
  baseUrl: string,
): ProviderRequest {
  const accountSid = requireCredential(credentials, 'accountId', 'exotel');
  // Accounts made before API keys existed authenticate with the SID itself as the user name.
  const apiKey = credentials.apiKey || accountSid;
  const apiToken = requireCredential(credentials, 'accessToken', 'exotel');
  const form = new URLSearchParams({ From: message.accountAddress, To: message.to, Body: message.text });
  if (message.statusCallbackUrl) form.set('StatusCallback', message.statusCallbackUrl);
  return {
    method: 'POST',
    url: apiUrl(baseUrl, `/v1/Accounts/${encodeURIComponent(accountSid)}/Sms/send.json`),
    headers: {
      authorization: basicAuth(apiKey, apiToken),
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: form.toString(),
  };
}

const accepted = z.looseObject({ SMSMessage: z.looseObject({ Sid: z.string().min(1) }) });
const refused = z.looseObject({ RestException: z.looseObject({ Message: z.string() }) });

export function parseExotelSendResponse(status: number, bodyText: string): SendResult {
  const body = tryParseJson(bodyText);
  if (status >= 200 && status < 300) {
    const parsed = accepted.safeParse(body);
    if (parsed.success) return { ok: true, providerMessageId: parsed.data.SMSMessage.Sid };
    const refusal = refused.safeParse(body);
    return refusal.success
      ? sendFailure(status, refusal.data.RestException.Message, false)
      : acceptedWithoutId(status, bodyText);
  }
  const parsed = refused.safeParse(body);
  return sendFailure(status, parsed.success ? parsed.data.RestException.Message : excerpt(bodyText));
}
