// WhatsApp Cloud API and Messenger share the Graph API error envelope:
// { error: { message, type, code, error_subcode?, error_data?: { details }, fbtrace_id } }.
import { z } from 'zod';
import { excerpt, isRetryableStatus, sendFailure, tryParseJson, type SendResult } from './send-result.js';

const graphErrorBody = z.looseObject({
  error: z.looseObject({
    message: z.string().optional(),
    code: z.number().optional(),
    error_subcode: z.number().optional(),
    error_data: z.looseObject({ details: z.string().optional() }).optional(),
  }),
});

/**
 * Graph codes that mean "not now" even when the HTTP status is 400: app, user, page and pair rate limits,
 * temporary send failures and service outages. Everything else (131047 outside the 24-hour window,
 * 131026 undeliverable, 100 bad parameter, 190 expired token, 551 person unavailable) will not pass on retry.
 */
const retryableGraphCodes = new Set([1, 2, 4, 17, 32, 341, 613, 1200, 80007, 130429, 131000, 131016, 131056]);

export function graphFailure(status: number, bodyText: string): SendResult {
  const parsed = graphErrorBody.safeParse(tryParseJson(bodyText));
  if (!parsed.success) return sendFailure(status, excerpt(bodyText));
  const { message, code, error_subcode: subcode, error_data: data } = parsed.data.error;
  const codeText = code === undefined ? '' : `(#${code}${subcode === undefined ? '' : `/${subcode}`}) `;
  const details = data?.details && data.details !== message ? ` — ${data.details}` : '';
  const retryable = isRetryableStatus(status) || (code !== undefined && retryableGraphCodes.has(code));
  return sendFailure(status, `${codeText}${message ?? 'unknown error'}${details}`, retryable);
}
