import { describe, expect, it } from 'vitest';
import { MissingCredential } from '../credentials.js';
import { buildTwilioSendRequest, parseTwilioSendResponse } from './send.js';

const credentials = { webhookSecret: 'auth-token-9f86d081', accountId: 'AC7f3c1e9d2b4a6f8e0c5d7b9a1e3f5c7d' };
const message = {
  accountAddress: '+918035735123',
  to: '+919415012345',
  text: 'Sahayata: request SAH-4821 received. Reply STOP to stop.',
  clientReference: 'r1',
  statusCallbackUrl: 'https://sahayata.example.org/webhooks/twilio/sms',
};

describe('buildTwilioSendRequest', () => {
  it('posts To, From, Body and StatusCallback as a form with basic auth of SID and auth token', () => {
    expect(buildTwilioSendRequest(credentials, message, 'https://api.twilio.com')).toEqual({
      method: 'POST',
      url: 'https://api.twilio.com/2010-04-01/Accounts/AC7f3c1e9d2b4a6f8e0c5d7b9a1e3f5c7d/Messages.json',
      headers: {
        authorization: `Basic ${Buffer.from('AC7f3c1e9d2b4a6f8e0c5d7b9a1e3f5c7d:auth-token-9f86d081').toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body:
        'To=%2B919415012345&From=%2B918035735123&Body=Sahayata%3A+request+SAH-4821+received.+Reply+STOP+to+stop.' +
        '&StatusCallback=https%3A%2F%2Fsahayata.example.org%2Fwebhooks%2Ftwilio%2Fsms',
    });
  });

  it('leaves StatusCallback out when there is none, and needs the account SID', () => {
    const { statusCallbackUrl: _omitted, ...plain } = message;
    expect(buildTwilioSendRequest(credentials, plain, 'https://api.twilio.com').body).not.toContain('StatusCallback');
    expect(() => buildTwilioSendRequest({ webhookSecret: 't' }, plain, 'https://api.twilio.com')).toThrow(
      MissingCredential,
    );
  });
});

describe('parseTwilioSendResponse', () => {
  it('returns the sid of a created message', () => {
    const body = JSON.stringify({ sid: 'SMb2d4f6a8c0e2b4d6f8a0c2e4f6a8b0d2', status: 'queued', num_segments: '1' });
    expect(parseTwilioSendResponse(201, body)).toEqual({
      ok: true,
      providerMessageId: 'SMb2d4f6a8c0e2b4d6f8a0c2e4f6a8b0d2',
    });
  });

  it('gives up on a bad number, retries on throttling and server errors', () => {
    const error = (code: number, message: string, status: number) =>
      JSON.stringify({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });
    expect(
      parseTwilioSendResponse(400, error(21211, "The 'To' number +9112 is not a valid phone number.", 400)),
    ).toEqual({
      ok: false,
      retryable: false,
      error: "HTTP 400: (#21211) The 'To' number +9112 is not a valid phone number.",
    });
    expect(parseTwilioSendResponse(429, error(20429, 'Too Many Requests', 429))).toMatchObject({ retryable: true });
    expect(parseTwilioSendResponse(500, 'oops')).toEqual({ ok: false, retryable: true, error: 'HTTP 500: oops' });
  });
});
