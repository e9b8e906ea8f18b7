// What became of one outbound request, as the outbound worker needs to know it: done, try again, or give up.

export type SendResult = { ok: true; providerMessageId: string } | { ok: false; retryable: boolean; error: string };

/** Throttling and server trouble pass; any other refusal (bad number, closed window, bad token) will not. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

export function sendFailure(status: number, error: string, retryable = isRetryableStatus(status)): SendResult {
  return { ok: false, retryable, error: `HTTP ${status}: ${error}` };
}

/** Response bodies are not trusted to be JSON: gateways in front of providers answer HTML on 502. */
export function tryParseJson(bodyText: string): unknown {
  try {
    return JSON.parse(bodyText) as unknown;
  } catch {
    return null;
  }
}

/** A short excerpt of an unexpected body for the error record, never the whole page. */
export function excerpt(bodyText: string): string {
  const flat = bodyText.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat || '(empty body)';
}

/** Accepted without an id: a retry could send the person the same words twice, so it is not retried. */
export function acceptedWithoutId(status: number, bodyText: string): SendResult {
  return { ok: false, retryable: false, error: `HTTP ${status}: accepted but no message id in ${excerpt(bodyText)}` };
}
