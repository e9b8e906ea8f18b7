import { describe, expect, it } from 'vitest';
import { fixtureBytes, fixtureForm } from '../../../test/fixtures/webhooks/load.js';
import { adapters } from './adapters.js';
import { exotelCallbackUrl, signHubSignature, signTwilio } from './sign.js';
import { providers, type SignedRequest } from './types.js';

const publicUrl = 'https://sahayata.example.org';

describe('adapters', () => {
  it('has an entry for every provider; all but Twitter take webhooks and send', () => {
    for (const provider of providers) {
      const adapter = adapters[provider];
      const full = Boolean(adapter.verify && adapter.parse && adapter.buildSend && adapter.parseSendResponse);
      expect(full, provider).toBe(provider !== 'twitter');
    }
    expect(adapters.whatsapp.verifyChallenge).toBeDefined();
    expect(adapters.facebook.verifyChallenge).toBeDefined();
  });

  it('verifies and parses Meta webhooks from the raw body', () => {
    for (const provider of ['whatsapp', 'facebook'] as const) {
      const rawBody = fixtureBytes(provider, 'text');
      const req: SignedRequest = {
        rawBody,
        headers: { 'x-hub-signature-256': signHubSignature(rawBody, 'app-secret') },
        url: `${publicUrl}/webhooks/${provider}`,
      };
      expect(adapters[provider].verify?.(req, 'app-secret')).toBe(true);
      expect(adapters[provider].verify?.(req, 'other-secret')).toBe(false);
      expect(adapters[provider].parse?.(req)).toEqual([expect.objectContaining({ provider, kind: 'text' })]);
      expect(
        adapters[provider].verifyChallenge?.(
          { 'hub.mode': 'subscribe', 'hub.verify_token': 'vt', 'hub.challenge': '42' },
          'vt',
        ),
      ).toBe('42');
    }
  });

  it('verifies and parses a Twilio form POST', () => {
    const form = fixtureForm('twilio', 'inbound-sms');
    const url = `${publicUrl}/webhooks/twilio/sms`;
    const req: SignedRequest = {
      rawBody: Buffer.from(form.toString()),
      headers: { 'x-twilio-signature': signTwilio(url, form, 'auth-token') },
      url,
    };
    const now = new Date('2025-05-12T11:40:00.000Z');
    expect(adapters.twilio.verify?.(req, 'auth-token')).toBe(true);
    expect(adapters.twilio.parse?.(req, now)).toEqual([
      expect.objectContaining({ providerMessageId: 'SM9a4c2e7f1b3d5a8c0e6f2b4d9a1c3e5f', receivedAt: now }),
    ]);
  });

  it('verifies and parses Exotel callbacks from the query string (GET) or the form body (POST)', () => {
    const call = fixtureForm('exotel', 'call-passthru');
    const get: SignedRequest = {
      rawBody: Buffer.alloc(0),
      headers: {},
      url: `${exotelCallbackUrl(`${publicUrl}/webhooks/exotel/call`, 'exo-secret')}&${call.toString()}`,
    };
    expect(adapters.exotel.verify?.(get, 'exo-secret')).toBe(true);
    expect(adapters.exotel.parse?.(get)).toEqual([
      expect.objectContaining({ kind: 'missed_call', channel: 'phone', from: '+919839012345' }),
    ]);

    const status = fixtureForm('exotel', 'sms-status-failed-dnd');
    const post: SignedRequest = {
      rawBody: Buffer.from(status.toString()),
      headers: {},
      url: exotelCallbackUrl(`${publicUrl}/webhooks/exotel/sms`, 'exo-secret'),
    };
    expect(adapters.exotel.verify?.(post, 'exo-secret')).toBe(true);
    expect(adapters.exotel.parse?.(post)).toEqual([expect.objectContaining({ type: 'status', state: 'failed' })]);
  });
});
