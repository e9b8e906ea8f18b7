import { z } from 'zod';
import { requireCredential } from '../credentials.js';
import { graphFailure } from '../graph-error.js';
import { acceptedWithoutId, tryParseJson, type SendResult } from '../send-result.js';
import { digitsOnly } from '../sender-phone.js';
import type { AccountCredentials, OutboundText, ProviderRequest } from '../types.js';
import { apiUrl } from '../url.js';

export const whatsappGraphVersion = 'v21.0';

/** A free-form text reply. Only valid inside the 24-hour window the person's last message opened. */
export function buildWhatsAppSendRequest(
  credentials: AccountCredentials,
  message: OutboundText,
  baseUrl: string,
): ProviderRequest {
  const accessToken = requireCredential(credentials, 'accessToken', 'whatsapp');
  return {
    method: 'POST',
    url: apiUrl(baseUrl, `/${whatsappGraphVersion}/${encodeURIComponent(message.accountAddress)}/messages`),
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: digitsOnly(message.to),
      type: 'text',
      // No link previews: a crisis reply should not fetch or show third-party pages.
      text: { preview_url: false, body: message.text },
      // Echoed back in status webhooks, tying them to our outbound row even before we store the wamid.
      biz_opaque_callback_data: message.clientReference,
    }),
  };
}

const accepted = z.looseObject({ messages: z.array(z.looseObject({ id: z.string().min(1) })).min(1) });

export function parseWhatsAppSendResponse(status: number, bodyText: string): SendResult {
  if (status < 200 || status >= 300) return graphFailure(status, bodyText);
  const parsed = accepted.safeParse(tryParseJson(bodyText));
  const id = parsed.success ? parsed.data.messages[0]?.id : undefined;
  return id ? { ok: true, providerMessageId: id } : acceptedWithoutId(status, bodyText);
}
