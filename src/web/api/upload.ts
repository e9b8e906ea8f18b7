// A multipart upload (a loan's document): the JSON client sends JSON only, and a file must go as its bytes.
import type { ZodType } from 'zod';
import type { SessionView } from '../../shared/contracts/auth.js';
import i18n from '../i18n';
import { ApiError, apiErrorFromResponse, type ClientErrorCode } from './api-error';
import { queryClient } from './query-client';
import { queryKeys } from './query-keys';

/** Posts the fields and the file as multipart/form-data (the browser sets the boundary) and checks the answer. */
export async function sendForm<T>(path: string, fields: Record<string, string>, file: File, schema: ZodType<T>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', file, file.name);
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    'accept-language': i18n.language,
  };
  const token = queryClient.getQueryData<SessionView | null>(queryKeys.session)?.csrfToken;
  if (token !== undefined) headers['x-csrf-token'] = token;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, { method: 'POST', headers, body: form, credentials: 'same-origin' });
  } catch (cause) {
    const code: ClientErrorCode = 'network_error';
    throw new ApiError({ status: 0, code, title: code, cause });
  }
  if (!response.ok) throw await apiErrorFromResponse(response);
  const result = schema.safeParse(await response.json());
  if (result.success) return result.data;
  const code: ClientErrorCode = 'unexpected_response';
  throw new ApiError({ status: 200, code, title: code, cause: result.error });
}
