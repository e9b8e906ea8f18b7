import { describe, expect, it } from 'vitest';
import { apiErrorFromResponse } from './api-error';

const problemResponse = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status: 429,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });

describe('apiErrorFromResponse', () => {
  it('keeps the problem document: status, code, texts and field errors', async () => {
    const error = await apiErrorFromResponse(
      problemResponse({
        type: 'https://sahayata.example/problems/validation_failed',
        title: 'Some fields need attention',
        status: 400,
        detail: '1 field is not valid.',
        code: 'validation_failed',
        errors: [{ field: 'membership.role', code: 'invalid_value', message: 'Choose one of the allowed values.' }],
      }),
    );
    expect(error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      title: 'Some fields need attention',
      detail: '1 field is not valid.',
      errors: [{ field: 'membership.role', code: 'invalid_value' }],
      retryAfterSeconds: null,
    });
  });

  it('reads Retry-After in seconds', async () => {
    const error = await apiErrorFromResponse(
      problemResponse({ type: 'x', title: 'Locked', status: 429, code: 'sign_in_locked' }, { 'retry-after': '900' }),
    );
    expect(error.retryAfterSeconds).toBe(900);
  });

  it('turns a body that is no problem document into unexpected_response, keeping the status', async () => {
    const error = await apiErrorFromResponse(new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(error).toMatchObject({ status: 502, code: 'unexpected_response', errors: [] });
  });
});
