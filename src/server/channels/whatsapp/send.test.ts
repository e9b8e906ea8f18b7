import { describe, expect, it } from 'vitest';
import { MissingCredential } from '../credentials.js';
import { buildWhatsAppSendRequest, parseWhatsAppSendResponse } from './send.js';

const credentials = { webhookSecret: 'app-secret', accessToken: 'EAAGm0PX4ZCpsBAKZB' };
const message = {
  accountAddress: '106540352242922',
  to: '+919876543210',
  text: 'हमें आपका संदेश मिल गया है। संदर्भ SAH-4821',
  clientReference: '0b9f6a52-1c5e-4a8e-9d4e-3c1f2b7a6d10',
};

describe('buildWhatsAppSendRequest', () => {
  it('posts a text message to the phone number id, recipient as digits, our id as callback data', () => {
    const request = buildWhatsAppSendRequest(credentials, message, 'https://graph.facebook.com/');
    expect(request).toEqual({
      method: 'POST',
      url: 'https://graph.facebook.com/v21.0/106540352242922/messages',
      headers: { authorization: 'Bearer EAAGm0PX4ZCpsBAKZB', 'content-type': 'application/json' },
      body: expect.any(String),
    });
    expect(JSON.parse(request.body!)).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '919876543210',
      type: 'text',
      text: { preview_url: false, body: 'हमें आपका संदेश मिल गया है। संदर्भ SAH-4821' },
      biz_opaque_callback_data: '0b9f6a52-1c5e-4a8e-9d4e-3c1f2b7a6d10',
    });
  });

  it('refuses to build without an access token', () => {
    expect(() => buildWhatsAppSendRequest({ webhookSecret: 's' }, message, 'https://graph.facebook.com')).toThrow(
      MissingCredential,
    );
  });
});

describe('parseWhatsAppSendResponse', () => {
  it('returns the wamid of an accepted message', () => {
    const body = JSON.stringify({
      messaging_product: 'whatsapp',
      contacts: [{ input: '919876543210', wa_id: '919876543210' }],
      messages: [{ id: 'wamid.HBgMOTE5ODc2NTQzMjEwFQIAERgSQTg4MTY3NjRFOEE0QjRCOTMxAA==', message_status: 'accepted' }],
    });
    expect(parseWhatsAppSendResponse(200, body)).toEqual({
      ok: true,
      providerMessageId: 'wamid.HBgMOTE5ODc2NTQzMjEwFQIAERgSQTg4MTY3NjRFOEE0QjRCOTMxAA==',
    });
  });

  const graphError = (code: number, message: string, details?: string) =>
    JSON.stringify({
      error: {
        message,
        type: 'OAuthException',
        code,
        ...(details ? { error_data: { messaging_product: 'whatsapp', details } } : {}),
        fbtrace_id: 'AazJ3f0lqYqS2bCt7hXqD1c',
      },
    });

  it('gives up on refusals that a retry cannot fix', () => {
    expect(
      parseWhatsAppSendResponse(
        400,
        graphError(131047, 'Re-engagement message', 'More than 24 hours have passed since the recipient last replied.'),
      ),
    ).toEqual({
      ok: false,
      retryable: false,
      error:
        'HTTP 400: (#131047) Re-engagement message — More than 24 hours have passed since the recipient last replied.',
    });
    expect(parseWhatsAppSendResponse(400, graphError(131026, 'Message undeliverable'))).toMatchObject({
      ok: false,
      retryable: false,
    });
    expect(parseWhatsAppSendResponse(401, graphError(190, 'Error validating access token'))).toMatchObject({
      ok: false,
      retryable: false,
    });
  });

  it('retries throttling and server trouble, including rate-limit codes sent with HTTP 400', () => {
    expect(parseWhatsAppSendResponse(429, graphError(130429, 'Rate limit hit'))).toMatchObject({ retryable: true });
    expect(
      parseWhatsAppSendResponse(400, graphError(131056, '(Business Account, Consumer Account) pair rate limit hit')),
    ).toMatchObject({
      retryable: true,
    });
    expect(parseWhatsAppSendResponse(500, graphError(131000, 'Something went wrong'))).toMatchObject({
      retryable: true,
    });
    expect(parseWhatsAppSendResponse(502, '<html><body>Bad Gateway</body></html>')).toEqual({
      ok: false,
      retryable: true,
      error: 'HTTP 502: <html><body>Bad Gateway</body></html>',
    });
  });

  it('does not retry a 200 without a message id (a retry could send twice)', () => {
    expect(parseWhatsAppSendResponse(200, '{}')).toMatchObject({ ok: false, retryable: false });
  });
});
