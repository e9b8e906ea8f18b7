import { describe, expect, it } from 'vitest';
import { buildFacebookSendRequest, parseFacebookSendResponse } from './send.js';

describe('buildFacebookSendRequest', () => {
  it('posts a RESPONSE to /me/messages with the page token in the query', () => {
    const request = buildFacebookSendRequest(
      { webhookSecret: 'app-secret', accessToken: 'EAAB+page/token=' },
      { accountAddress: '108765432101234', to: '7391048265013487', text: 'We are on it.', clientReference: 'r1' },
      'https://graph.facebook.com',
    );
    expect(request).toEqual({
      method: 'POST',
      url: 'https://graph.facebook.com/v21.0/me/messages?access_token=EAAB%2Bpage%2Ftoken%3D',
      headers: { 'content-type': 'application/json' },
      body: expect.any(String),
    });
    expect(JSON.parse(request.body!)).toEqual({
      recipient: { id: '7391048265013487' },
      messaging_type: 'RESPONSE',
      message: { text: 'We are on it.' },
    });
  });
});

describe('parseFacebookSendResponse', () => {
  it('returns the message id of an accepted message', () => {
    expect(
      parseFacebookSendResponse(200, JSON.stringify({ recipient_id: '7391048265013487', message_id: 'm_AG5Hz2Uq7' })),
    ).toEqual({ ok: true, providerMessageId: 'm_AG5Hz2Uq7' });
  });

  it('gives up when the person cannot be reached, retries when the page is throttled', () => {
    const error = (code: number, subcode: number | undefined, message: string) =>
      JSON.stringify({ error: { message, type: 'OAuthException', code, error_subcode: subcode, fbtrace_id: 'A1' } });
    expect(
      parseFacebookSendResponse(400, error(10, 2018278, 'This message is sent outside of allowed window.')),
    ).toEqual({
      ok: false,
      retryable: false,
      error: 'HTTP 400: (#10/2018278) This message is sent outside of allowed window.',
    });
    expect(
      parseFacebookSendResponse(400, error(551, undefined, "This person isn't available right now.")),
    ).toMatchObject({
      retryable: false,
    });
    expect(
      parseFacebookSendResponse(400, error(613, undefined, 'Calls to this api have exceeded the rate limit.')),
    ).toMatchObject({ retryable: true });
    expect(parseFacebookSendResponse(503, '')).toEqual({ ok: false, retryable: true, error: 'HTTP 503: (empty body)' });
  });
});
