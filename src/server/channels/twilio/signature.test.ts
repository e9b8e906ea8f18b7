import { describe, expect, it } from 'vitest';
import { fixtureForm } from '../../../../test/fixtures/webhooks/load.js';
import { signTwilio } from '../sign.js';
import type { SignedRequest } from '../types.js';
import { twilioSignature, verifyTwilio } from './signature.js';

// The worked example of Twilio's webhook security page (twilio.com/docs/usage/webhooks/webhooks-security).
const docsUrl = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const docsParams = {
  CallSid: 'CA1234567890ABCDE',
  Caller: '+14158675310',
  Digits: '1234',
  From: '+14158675310',
  To: '+18005551212',
};

describe('twilioSignature', () => {
  it('matches the documented vector: HMAC-SHA1 over the URL and the sorted name+value pairs', () => {
    expect(twilioSignature(docsUrl, docsParams, '12345')).toBe('GvWf1cFY/Q7PnoempGyD5oXAezc=');
  });

  it('does not depend on the order the fields arrive in', () => {
    const shuffled = new URLSearchParams([
      ['To', '+18005551212'],
      ['Digits', '1234'],
      ['From', '+14158675310'],
      ['CallSid', 'CA1234567890ABCDE'],
      ['Caller', '+14158675310'],
    ]);
    expect(twilioSignature(docsUrl, shuffled, '12345')).toBe('GvWf1cFY/Q7PnoempGyD5oXAezc=');
  });

  it('gives a different signature for other caller numbers (the +12349013030 variant of the example)', () => {
    // With Caller and From set to +12349013030 the same scheme gives this; GvWf… belongs to +14158675310.
    const params = { ...docsParams, Caller: '+12349013030', From: '+12349013030' };
    expect(twilioSignature(docsUrl, params, '12345')).toBe('0/KCTR6DLpKmkAf8muzZqo1nDgQ=');
  });

  it('sorts repeated fields by value, as Twilio does for arrays', () => {
    const a = new URLSearchParams([
      ['B', '2'],
      ['A', 'y'],
      ['A', 'x'],
    ]);
    const b = new URLSearchParams([
      ['A', 'x'],
      ['A', 'y'],
      ['B', '2'],
    ]);
    expect(twilioSignature('https://x.example/', a, 't')).toBe(twilioSignature('https://x.example/', b, 't'));
  });
});

describe('verifyTwilio', () => {
  const url = 'https://sahayata.example.org/webhooks/twilio/sms';
  const authToken = '9f86d081884c7d659a2feaa0c55ad015';
  const form = fixtureForm('twilio', 'inbound-sms');
  const rawBody = Buffer.from(form.toString(), 'utf8');
  const request = (headers: SignedRequest['headers'], over: Partial<SignedRequest> = {}): SignedRequest => ({
    rawBody,
    headers,
    url,
    ...over,
  });
  const good = signTwilio(url, form, authToken);

  it('accepts a request signed over the full URL and the posted form', () => {
    expect(verifyTwilio(request({ 'x-twilio-signature': good }), authToken)).toBe(true);
    expect(verifyTwilio(request({ 'X-Twilio-Signature': good }), authToken)).toBe(true);
  });

  it('accepts the URL with or without the default port, as Twilio libraries do', () => {
    const withPort = signTwilio('https://sahayata.example.org:443/webhooks/twilio/sms', form, authToken);
    expect(verifyTwilio(request({ 'x-twilio-signature': withPort }), authToken)).toBe(true);
    expect(
      verifyTwilio(
        request({ 'x-twilio-signature': good }, { url: 'https://sahayata.example.org:443/webhooks/twilio/sms' }),
        authToken,
      ),
    ).toBe(true);
  });

  it('refuses a tampered body, another URL, and another auth token', () => {
    const tampered = Buffer.from(form.toString().replace('KGMU', 'SGPGI'), 'utf8');
    expect(verifyTwilio(request({ 'x-twilio-signature': good }, { rawBody: tampered }), authToken)).toBe(false);
    expect(verifyTwilio(request({ 'x-twilio-signature': good }, { url: `${url}?x=1` }), authToken)).toBe(false);
    expect(verifyTwilio(request({ 'x-twilio-signature': good }), 'another-auth-token')).toBe(false);
  });

  it('refuses a missing header, a header of the wrong length, and an unconfigured token', () => {
    expect(verifyTwilio(request({}), authToken)).toBe(false);
    expect(verifyTwilio(request({ 'x-twilio-signature': good.slice(0, -2) }), authToken)).toBe(false);
    expect(verifyTwilio(request({ 'x-twilio-signature': `${good}AA` }), authToken)).toBe(false);
    expect(verifyTwilio(request({ 'x-twilio-signature': signTwilio(url, form, '') }), '')).toBe(false);
  });
});
