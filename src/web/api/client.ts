import type { ZodType } from 'zod';
import type { SessionView } from '../../shared/contracts/auth.js';
import i18n from '../i18n';
import { ApiError, apiErrorFromResponse, type ClientErrorCode } from './api-error';
import { queryClient } from './query-client';
import { queryKeys } from './query-keys';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type QueryValue = string | number | undefined;

const base = '/api/v1';

export function withQuery(path: string, params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return query === '' ? path : `${path}?${query}`;
}

/** The token lives in the cached session, the one place that always holds the current one. */
function csrfToken(): string | undefined {
  return queryClient.getQueryData<SessionView | null>(queryKeys.session)?.csrfToken;
}

async function call(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<unknown> {
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    // The server localises problem titles and details into the language on screen.
    'accept-language': i18n.language,
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const token = csrfToken();
  if (method !== 'GET' && token !== undefined) headers['x-csrf-token'] = token;

  let response: Response;
  try {
    response = await fetch(`${base}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    const code: ClientErrorCode = 'network_error';
    throw new ApiError({ status: 0, code, title: code, cause });
  }
  if (!response.ok) throw await apiErrorFromResponse(response);
  if (response.status === 204) return undefined;
  return response.json();
}

function parse<T>(schema: ZodType<T>, json: unknown): T {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  // The server broke its own contract; surface it instead of rendering half-valid data.
  throw new ApiError({
    status: 200,
    code: 'unexpected_response' satisfies ClientErrorCode,
    title: 'unexpected_response',
    cause: result.error,
  });
}

export async function getJson<T>(path: string, schema: ZodType<T>, signal?: AbortSignal): Promise<T> {
  return parse(schema, await call('GET', path, undefined, signal));
}

export async function sendJson<T>(
  method: Exclude<Method, 'GET'>,
  path: string,
  body: unknown,
  schema: ZodType<T>,
): Promise<T> {
  return parse(schema, await call(method, path, body));
}

/** For endpoints that answer 204 No Content. */
export async function send(method: Exclude<Method, 'GET'>, path: string, body?: unknown): Promise<void> {
  await call(method, path, body);
}
