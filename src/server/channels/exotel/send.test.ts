import { describe, expect, it } from 'vitest';
import { buildExotelSendRequest, parseExotelSendResponse } from './send.js';

const message = {
  accountAddress: '08047185123',
  to: '+919839012345',
  text: 'Sahayata: request SAH-4823 received.',
  clientReference: 'r1',
  statusCallbackUrl: 'https://sahayata.example.org/webhooks/exotel/sms?token=exo-7c2f',
};

describe('buildExotelSendRequest', () => {
  it('posts From, To, Body and StatusCallback with basic auth of API key and token', () => {
    const credentials = { webhookSecret: 'exo-7c2f', accountId: 'sahayata1', apiKey: 'k3y', accessToken: 't0ken' };
    expect(buildExotelSendRequest(credentials, message, 'https://api.exotel.com/')).toEqual({
      method: 'POST',
      url: 'https://api.exotel.com/v1/Accounts/sahayata1/Sms/send.json',
      headers: {
        authorization: `Basic ${Buffer.from('k3y:t0ken').toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body:
        'From=08047185123&To=%2B919839012345&Body=Sahayata%3A+request+SAH-4823+received.' +
        '&StatusCallback=https%3A%2F%2Fsahayata.example.org%2Fwebhooks%2Fexotel%2Fsms%3Ftoken%3Dexo-7c2f',
    });
  });

  it('uses the account SID as the user name for accounts without an API key', () => {
    const request = buildExotelSendRequest(
      { webhookSecret: 's', accountId: 'sahayata1', accessToken: 't0ken' },
      message,
      'https://api.in.exotel.com',
    );
    expect(request.headers['authorization']).toBe(`Basic ${Buffer.from('sahayata1:t0ken').toString('base64')}`);
  });
});

describe('parseExotelSendResponse', () => {
  it('returns the Sid of an accepted SMS', () => {
    const body = JSON.stringify({
      SMSMessage: {
        Sid: '7a1c9e3b5d7f4a2c8e6b0d4f2a8c6e1b',
        AccountSid: 'sahayata1',
        From: '/sahayata1',
        To: '09839012345',
        DateCreated: '2025-05-12 17:06:29',
        DateUpdated: '2025-05-12 17:06:29',
        DateSent: null,
        Body: 'Sahayata: request SAH-4823 received.',
        Direction: 'outbound-api',
        Uri: '/v1/Accounts/sahayata1/SMS/Messages/7a1c9e3b5d7f4a2c8e6b0d4f2a8c6e1b.json',
        ApiVersion: null,
        Price: null,
        Status: 'queued',
        DetailedStatusCode: 21010,
        DetailedStatus: 'PENDING_TO_OPERATOR',
      },
    });
    expect(parseExotelSendResponse(200, body)).toEqual({
      ok: true,
      providerMessageId: '7a1c9e3b5d7f4a2c8e6b0d4f2a8c6e1b',
    });
  });

  it('gives up on a refused request, retries on throttling and outages', () => {
    const refused = JSON.stringify({ RestException: { Status: 400, Message: 'Invalid To number' } });
    expect(parseExotelSendResponse(400, refused)).toEqual({
      ok: false,
      retryable: false,
      error: 'HTTP 400: Invalid To number',
    });
    expect(parseExotelSendResponse(429, refused)).toMatchObject({ retryable: true });
    expect(parseExotelSendResponse(503, '')).toMatchObject({ retryable: true });
    expect(parseExotelSendResponse(200, refused)).toEqual({
      ok: false,
      retryable: false,
      error: 'HTTP 200: Invalid To number',
    });
  });
});
